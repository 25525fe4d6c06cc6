import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 8216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: keyFileParts, treeKeyInputs

;// CONCATENATED MODULE: ./src/core/process-output.ts
/** The last `count` lines of a process's output (trimmed; blank lines dropped when `skipBlank`), for errors and diagnoses. */
function lastLines(text, count, options = {}) {
    const lines = text.trim().split(/\r?\n/);
    return (options.skipBlank ? lines.filter((line) => line.trim() !== '') : lines).slice(-count).join('\n');
}
/** The last lines of a command's standard output and error together, for a crash or failure report. */
function outputTail(stdout, stderr, count = 30) {
    return lastLines(`${stdout}\n${stderr}`, count);
}

;// CONCATENATED MODULE: ./src/core/action-names.ts
function declareNames(names) {
    return { inputs: names.inputs, outputs: names.outputs, state: names.state ?? [] };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/cache/version.ts

/**
 * `cache-version`: one knob that makes every cache key of an action new, for when the cache holds a bad entry (a
 * corrupt tree, a stale tool cache) and no lockfile edit should be needed to get past it. Empty (the default)
 * leaves every key exactly as it was without the input, so existing entries stay valid.
 */
const CACHE_VERSION_INPUT = 'cache-version';
const TOKEN = /^[A-Za-z0-9._-]{1,32}$/;
function parseCacheVersion(raw) {
    const value = raw.trim();
    if (value === '' || TOKEN.test(value))
        return value;
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new errors/* ConfigurationError */.j1(`Input '${CACHE_VERSION_INPUT}' must be a short token of 1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01 (got '${shown}'${value.length > 32 ? `, ${value.length} characters` : ''}).`);
}
/**
 * The key segment a cache version adds, placed right after a key's fixed name and schema so that every key and
 * every restore prefix of the action carries it. It ends with '+', a character no version holds: the prefix of
 * version `1` is therefore never a prefix of a key of version `1-x` (nor of a key without a version, whose next
 * segment is the OS), so no entry saved under another version is ever restored, not even by a prefix match.
 * Empty for no version: the keys stay byte for byte what they were.
 */
function cacheVersionSegment(version) {
    return version ? `${CACHE_VERSION_INPUT}+${version}+-` : '';
}

;// CONCATENATED MODULE: ./src/core/inputs.ts

function quoted(value) {
    return `'${value}'`;
}
/** Strict booleans: only `true` and `false` (any case) are accepted; empty takes the default. */
function parseBooleanInput(name, raw, defaultValue) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const lowered = value.toLowerCase();
    if (lowered === 'true')
        return true;
    if (lowered === 'false')
        return false;
    throw new errors/* ConfigurationError */.j1(`Input '${name}' must be true or false (got ${quoted(value)}).`);
}
function parseEnumInput(name, raw, allowed, defaultValue) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be one of ${allowed.join(', ')} (got ${quoted(value)}).`);
    }
    return match;
}
const DEFAULT_TIMEOUT_MINUTES = 30;
/** `timeout-minutes`: a positive number of minutes (fractions allowed); empty takes the default. */
function parseTimeoutMinutes(raw, defaultValue = DEFAULT_TIMEOUT_MINUTES) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const minutes = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(minutes > 0) || minutes > 360) {
        throw new errors/* ConfigurationError */.j1(`Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got ${quoted(value)}).`);
    }
    return minutes;
}
function parseStringInput(raw, defaultValue) {
    const value = raw.trim();
    return value === '' ? defaultValue : value;
}

;// CONCATENATED MODULE: ./src/core/deps/package-managers.ts
const PACKAGE_MANAGERS = ['npm', 'yarn', 'pnpm', 'pip', 'poetry'];
const PACKAGE_MANAGER_RECORDS = {
    npm: {
        name: 'npm',
        language: 'node',
        lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
        program: 'npm',
        installHint: 'npm comes with Node.js: add actions/setup-node before this step.',
        version: { command: 'npm', args: ['--version'] },
        storePath: { command: 'npm', args: ['config', 'get', 'cache'] },
    },
    yarn: {
        name: 'yarn',
        language: 'node',
        lockfiles: ['yarn.lock'],
        program: 'yarn',
        installHint: "install yarn classic before this step: 'npm install -g yarn@1' or 'corepack enable'.",
        version: { command: 'yarn', args: ['--version'] },
        storePath: { command: 'yarn', args: ['cache', 'dir'] },
    },
    pnpm: {
        name: 'pnpm',
        language: 'node',
        lockfiles: ['pnpm-lock.yaml'],
        program: 'pnpm',
        installHint: "install pnpm before this step: pnpm/action-setup, 'corepack enable' or 'npm install -g pnpm'.",
        version: { command: 'pnpm', args: ['--version'] },
        storePath: { command: 'pnpm', args: ['store', 'path'] },
    },
    pip: {
        name: 'pip',
        language: 'python',
        lockfiles: [],
        program: 'python3',
        installHint: 'add actions/setup-python before this step.',
        version: { command: 'python3', args: ['-c', 'import ensurepip; print(ensurepip.version())'] },
        storePath: { command: 'python3', args: ['-m', 'pip', 'cache', 'dir'] },
    },
    poetry: {
        name: 'poetry',
        language: 'python',
        lockfiles: ['poetry.lock'],
        program: 'poetry',
        installHint: "install Poetry before this step: 'pipx install poetry'.",
        version: { command: 'poetry', args: ['--version'] },
        storePath: { command: 'poetry', args: ['config', 'cache-dir'] },
    },
};
/** Where a virtualenv keeps its interpreter, per platform. */
function venvPython(venvDir, platform) {
    return platform === 'win32' ? `${venvDir}\\Scripts\\python.exe` : `${venvDir}/bin/python`;
}
function venvBin(venvDir, platform) {
    return platform === 'win32' ? `${venvDir}\\Scripts` : `${venvDir}/bin`;
}
/** Reads a version number out of a tool's `--version` output ("Poetry (version 1.3.2)" → "1.3.2"). */
function parseToolVersion(output) {
    return /(\d+\.\d+(?:\.\d+)?(?:[-.+][0-9A-Za-z.]+)?)/.exec(output)?.[1];
}

;// CONCATENATED MODULE: ./src/actions/setup-deps/inputs.ts




/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
const SETUP_DEPS_INPUTS = ['working-directory', 'package-manager', 'cache', 'cache-version', 'timeout-minutes'];
const SETUP_DEPS_OUTPUTS = ['cache-hit', 'cache-result', 'language', 'package-manager', 'runtime-version', 'cache-key'];
/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
const inputs_SETUP_DEPS_NAMES = declareNames({ inputs: SETUP_DEPS_INPUTS, outputs: SETUP_DEPS_OUTPUTS, state: ['setup-deps'] });
function readSetupDepsInputs(read) {
    return {
        workingDirectory: parseStringInput(read('working-directory'), '.'),
        packageManager: parseEnumInput('package-manager', read('package-manager'), ['auto', ...PACKAGE_MANAGERS], 'auto'),
        cache: parseBooleanInput('cache', read('cache'), true),
        cacheVersion: parseCacheVersion(read('cache-version')),
        timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
    };
}

;// CONCATENATED MODULE: ./src/runtime/io/named-io.ts
function named_io_namedIO(io, _names) {
    return {
        input: (name) => io.getInput(name),
        setOutput: (name, value) => io.setOutput(name, value),
        saveState: (name, value) => io.saveState(name, value),
        getState: (name) => io.getState(name),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/hashing.ts
var hashing = __nccwpck_require__(3031);
;// CONCATENATED MODULE: ./src/core/deps/cache-keys.ts


/** Bumped whenever what we store under a key changes shape, so old entries are never misread. */
const CACHE_SCHEMA = 'v1';
/**
 * The installed tree's own schema: v3 entries hold chunk archives that each begin with the folders above their
 * entries (manifest version 2, see tree-chunks.ts); v2 chunks relied on the restore making those folders first, and
 * v1 held the tree as one archive. An older entry is never found under a newer key, so it is never misread; it is
 * left to be evicted.
 */
const TREE_SCHEMA = 'v3';
function platformPart(platform) {
    return [platform.os, platform.arch, platform.image].filter((part) => part !== undefined && part !== '').map(safe).join('-');
}
/** A readable key part: no commas (the cache service splits on them) and bounded, so keys stay under 512 characters. */
function safe(part) {
    return part.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, 32);
}
function cacheKeys(inputs) {
    const filesDigest = (0,hashing/* digestParts */.z)(inputs.files);
    const treeDigest = (0,hashing/* digestParts */.z)([
        { name: 'files', content: filesDigest },
        // The readable parts below are cut short: the digest keeps versions that differ past the cut apart.
        { name: 'runtime-version', content: inputs.runtimeVersion },
        { name: 'package-manager-version', content: inputs.packageManagerVersion },
        { name: 'runtime-identity', content: inputs.runtimeIdentity ?? '' },
        { name: 'location', content: inputs.location ?? '' },
    ]);
    const platform = platformPart(inputs.platform);
    const runtime = `${inputs.language}${safe(inputs.runtimeVersion)}`;
    const manager = `${inputs.packageManager}${safe(inputs.packageManagerVersion)}`;
    const version = cacheVersionSegment(inputs.cacheVersion);
    const storePrefix = `build-actions-store-${CACHE_SCHEMA}-${version}${platform}-${inputs.packageManager}-`;
    return {
        tree: `build-actions-deps-${TREE_SCHEMA}-${version}${platform}-${runtime}-${manager}-${treeDigest.slice(0, 40)}`,
        store: `${storePrefix}${filesDigest.slice(0, 40)}`,
        storeRestorePrefix: storePrefix,
    };
}

;// CONCATENATED MODULE: ./src/core/cache/permissions.ts
const UNTRUSTED_EVENTS = new Set(['pull_request_target', 'workflow_run']);
function isForkPullRequest(payload) {
    const pullRequest = payload?.pull_request;
    const head = pullRequest?.head?.repo;
    const base = pullRequest?.base?.repo;
    // A fork deleted after the pull request was opened leaves head.repo null: the code still came from outside.
    if (pullRequest !== undefined && pullRequest.head?.repo === null)
        return true;
    if (!head || !base)
        return false;
    return head.fork === true || (head.full_name !== undefined && head.full_name !== base.full_name);
}
/**
 * Events that run code from outside the repository may read the cache but never write it: a poisoned entry
 * would be restored by trusted runs later.
 */
function cachePermissions(context, cacheEnabled) {
    if (!cacheEnabled)
        return { restore: false, save: false, reason: "input 'cache' is false" };
    const mode = (context.cacheMode ?? '').trim().toLowerCase();
    if (mode === 'none')
        return { restore: false, save: false, reason: 'the runner disabled the cache (ACTIONS_CACHE_MODE=none)' };
    const event = context.eventName ?? '';
    if (UNTRUSTED_EVENTS.has(event)) {
        return { restore: mode !== 'write-only', save: false, reason: `the '${event}' event runs untrusted code: restore only` };
    }
    if ((event === 'pull_request' || event === 'pull_request_review' || event === 'pull_request_review_comment') &&
        isForkPullRequest(context.eventPayload)) {
        return { restore: mode !== 'write-only', save: false, reason: 'a pull request from a fork runs untrusted code: restore only' };
    }
    if (mode === 'read')
        return { restore: true, save: false, reason: 'the runner made the cache read-only (ACTIONS_CACHE_MODE=read)' };
    if (mode === 'write-only')
        return { restore: false, save: true, reason: 'the runner made the cache write-only (ACTIONS_CACHE_MODE=write-only)' };
    return { restore: true, save: true };
}

;// CONCATENATED MODULE: ./src/core/deps/install-plan.ts

/** The commands that install `project`, and what they leave for later steps. */
function installPlan(project, context) {
    const venv = context.join(project.directory, '.venv');
    const pinnedPath = context.packageManagerBin === undefined ? [] : [context.packageManagerBin];
    const pythonEnvironment = { VIRTUAL_ENV: venv };
    switch (project.packageManager) {
        case 'npm':
            return { steps: [{ command: 'npm', args: ['ci', '--no-audit', '--no-fund'] }], env: {}, exportedEnv: {}, addedPaths: [] };
        case 'yarn':
            return {
                steps: [{ command: context.packageManagerCommand ?? 'yarn', args: ['install', '--frozen-lockfile', '--non-interactive'] }],
                env: {},
                exportedEnv: {},
                addedPaths: pinnedPath,
            };
        case 'pnpm':
            return { steps: [{ command: context.packageManagerCommand ?? 'pnpm', args: ['install', '--frozen-lockfile'] }], env: {}, exportedEnv: {}, addedPaths: pinnedPath };
        case 'pip': {
            const python = context.pythonExecutable ?? 'python3';
            const requirementArgs = project.requirementsFiles.flatMap((file) => ['-r', file]);
            return {
                steps: [
                    { command: python, args: ['-m', 'venv', '.venv'] },
                    {
                        command: venvPython(venv, context.platform),
                        args: ['-m', 'pip', 'install', '--disable-pip-version-check', ...requirementArgs],
                    },
                ],
                env: {},
                exportedEnv: pythonEnvironment,
                addedPaths: [venvBin(venv, context.platform)],
            };
        }
        case 'poetry': {
            const poetryEnvironment = { POETRY_VIRTUALENVS_IN_PROJECT: 'true', POETRY_VIRTUALENVS_CREATE: 'true' };
            return {
                steps: [
                    ...(context.pythonExecutable ? [{ command: 'poetry', args: ['env', 'use', context.pythonExecutable] }] : []),
                    { command: 'poetry', args: ['install', '--no-interaction', '--no-ansi'] },
                ],
                env: poetryEnvironment,
                exportedEnv: { ...poetryEnvironment, ...pythonEnvironment },
                addedPaths: [venvBin(venv, context.platform)],
            };
        }
    }
}
function describeCommand(line) {
    return [line.command, ...line.args].map((part) => (/[\s'"]/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

// EXTERNAL MODULE: ./src/core/diagnosis/cache-evidence.ts
var cache_evidence = __nccwpck_require__(3929);
// EXTERNAL MODULE: ./src/core/diagnosis/diagnosis.ts + 10 modules
var diagnosis_diagnosis = __nccwpck_require__(9864);
// EXTERNAL MODULE: ./src/core/diagnosis/report.ts
var report = __nccwpck_require__(8271);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ./src/core/name-order.ts
var name_order = __nccwpck_require__(7513);
;// CONCATENATED MODULE: ./src/core/project-snapshot.ts



/** The top-level files whose text the decisions need (requirements files are added by pattern). */
const SNAPSHOT_FILES = [
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'pyproject.toml',
    'poetry.lock',
    '.nvmrc',
    '.node-version',
    '.python-version',
];
function isRequirementsFile(name) {
    return /^requirements.*\.txt$/.test(name);
}
/** dev-requirements*.txt: development requirements under the other common name (read by the quality checks; setup-deps installs requirements*.txt). */
function isDevRequirementsName(name) {
    return /^dev-requirements.*\.txt$/.test(name);
}
/** requirements.txt first, then the others by name. */
function requirementsFiles(snapshot) {
    return [...snapshot.entries].filter(isRequirementsFile).sort((a, b) => {
        if (a === 'requirements.txt')
            return -1;
        if (b === 'requirements.txt')
            return 1;
        return (0,name_order/* compareNames */.M)(a, b);
    });
}
function readPackageJson(snapshot) {
    const text = snapshot.texts.get('package.json');
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`package.json in ${snapshot.directory} is not valid JSON (${error.message}): fix the file.`);
    }
}
function readPyproject(snapshot) {
    const text = snapshot.texts.get('pyproject.toml');
    if (text === undefined)
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        const firstLine = error.message.split('\n')[0];
        throw new errors/* ConfigurationError */.j1(`pyproject.toml in ${snapshot.directory} is not valid TOML (${firstLine}): fix the file.`);
    }
}
function objectAt(value, ...path) {
    let current = value;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current !== null && typeof current === 'object' && !Array.isArray(current) ? current : undefined;
}
function stringAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const leaf = parent?.[path[path.length - 1]];
    return typeof leaf === 'string' ? leaf : undefined;
}

;// CONCATENATED MODULE: ./src/core/deps/installed-tree.ts

/**
 * The folders that hold what an install produced, relative to the project, as patterns: workspace members'
 * node_modules are found from the workspace globs (`packages/*` → `packages/*\/node_modules`). The list is
 * fixed before the install, because the cache version is computed from it.
 */
function installedTreePatterns(project, snapshot) {
    if (project.language === 'python')
        return ['.venv'];
    const members = workspacePatterns(snapshot);
    return ['node_modules', ...members.map((pattern) => `${pattern.replace(/\/+$/, '')}/node_modules`)];
}
function workspacePatterns(snapshot) {
    const manifest = readPackageJson(snapshot) ?? {};
    const declared = manifest.workspaces;
    const fromManifest = Array.isArray(declared)
        ? declared
        : Array.isArray(declared?.packages)
            ? declared.packages
            : [];
    const fromPnpm = pnpmWorkspacePackages(snapshot.texts.get('pnpm-workspace.yaml') ?? '');
    const all = [...fromManifest, ...fromPnpm].filter((p) => typeof p === 'string');
    return [...new Set(all.filter((pattern) => !pattern.startsWith('!') && pattern !== '.' && pattern !== './'))].sort();
}
/** The `packages:` list of pnpm-workspace.yaml (a flat YAML list; nothing else is read). */
function pnpmWorkspacePackages(yaml) {
    const patterns = [];
    let inPackages = false;
    for (const line of yaml.split(/\r?\n/)) {
        if (/^packages\s*:/.test(line)) {
            inPackages = true;
            continue;
        }
        if (inPackages) {
            // YAML allows the list at the key's own indentation, and blank or comment lines inside it.
            const item = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
            if (item)
                patterns.push(item[1]);
            else if (/^[^\s#]/.test(line))
                inPackages = false;
        }
    }
    return patterns;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/deps/npm-lockfile-sync.ts



/** The root's dependency fields whose entries `npm ci` must find in the lockfile. */
const REQUIRED_FIELDS = ['dependencies', 'devDependencies'];
/** Checked only when present in the lockfile: npm may have skipped an optional dependency for its platform. */
const OPTIONAL_FIELDS = ['optionalDependencies'];
function section(source, field) {
    const value = source?.[field];
    if (!value || typeof value !== 'object')
        return [];
    return Object.entries(value).map(([name, spec]) => [name, String(spec)]);
}
/** The spec as a semver range, or undefined for what only npm can judge (aliases, git, files, tags, URLs, workspaces). */
function semverRange(spec) {
    if (/^(npm|git|git\+\w+|github|file|link|workspace|http|https):/i.test(spec) || spec.includes('/'))
        return undefined;
    return semver_default().validRange(spec, { loose: true }) ?? undefined;
}
/**
 * Compares package.json's dependencies with package-lock.json (lockfile v2/v3) as `npm ci` does, and no
 * stricter: npm ci builds its tree from the lockfile and refuses only when a root dependency is missing from
 * it or its locked version does not satisfy package.json's range. The ranges recorded in the lockfile's root
 * entry are not compared (npm accepts `^3.24.1` recorded there while package.json pins `3.25.76`, as long as
 * the locked version is 3.25.76), nor are dependencies the lockfile still holds but package.json dropped
 * (npm prunes them). Anything npm resolves by other means than a semver range is left to npm.
 * Returns the differences, each a sentence part.
 */
function npmLockfileDifferences(manifest, lockfileText, lockfile = 'package-lock.json') {
    let lock;
    try {
        lock = JSON.parse(lockfileText);
    }
    catch (error) {
        return [`${lockfile} is not valid JSON (${error.message})`];
    }
    const packages = lock.packages;
    if (!packages?.[''])
        return []; // lockfile v1 has no root entry: leave the judgement to npm ci
    const differences = [];
    const check = (name, spec, required) => {
        const entry = packages[`node_modules/${name}`];
        if (entry === undefined) {
            if (required)
                differences.push(`'${name}' (${spec}) is in package.json but not in ${lockfile}`);
            return;
        }
        const range = semverRange(spec);
        const version = typeof entry.version === 'string' ? entry.version : undefined;
        if (range === undefined || version === undefined || entry.link === true || semver_default().valid(version) === null)
            return;
        if (!semver_default().satisfies(version, range, { loose: true, includePrerelease: true })) {
            differences.push(`'${name}' is ${spec} in package.json, but ${lockfile} holds ${version}`);
        }
    };
    for (const field of REQUIRED_FIELDS)
        for (const [name, spec] of section(manifest, field))
            check(name, spec, true);
    for (const field of OPTIONAL_FIELDS)
        for (const [name, spec] of section(manifest, field))
            check(name, spec, false);
    return differences;
}
function assertNpmLockfileInSync(directory, manifest, lockfileText, lockfile) {
    const differences = npmLockfileDifferences(manifest, lockfileText, lockfile);
    if (differences.length === 0)
        return;
    const listed = differences.slice(0, 10).join('; ') + (differences.length > 10 ? `; and ${differences.length - 10} more` : '');
    const fix = `Run 'npm install' locally and commit the updated ${lockfile} ('npm ci' refuses it as it is).`;
    const diagnosis = (0,diagnosis_diagnosis/* formatDiagnosis */.Nb)({ kind: 'dependency conflict', headline: `${lockfile} does not match package.json's dependencies.`, fix, evidence: differences.slice(0, 10) });
    throw new errors/* ConfigurationError */.j1(`${lockfile} in ${directory} is out of sync with package.json: ${listed}. ${fix}\n${diagnosis}`);
}

;// CONCATENATED MODULE: ./src/core/deps/pinned-package-manager.ts

function pinDecision(project, pathVersion) {
    const pinned = project.pinnedVersion === undefined ? undefined : semver_default().valid(project.pinnedVersion);
    if (project.pinnedVersion === undefined)
        return { kind: 'none' };
    if (pinned === null || pinned === undefined) {
        return { kind: 'note', message: `package.json's packageManager pins ${project.packageManager}@${project.pinnedVersion}, which is not an exact version: using ${project.packageManager} ${pathVersion ?? 'from PATH'}.` };
    }
    const onPath = pathVersion === undefined ? undefined : semver_default().valid(semver_default().coerce(pathVersion, { includePrerelease: true })?.version ?? pathVersion);
    if (onPath !== null && onPath !== undefined && semver_default().eq(onPath, pinned))
        return { kind: 'none' };
    if (project.packageManager === 'pnpm' || project.packageManager === 'yarn') {
        const found = pathVersion === undefined ? `${project.packageManager} is not on PATH` : `PATH has ${project.packageManager} ${pathVersion}`;
        return {
            kind: 'install',
            name: project.packageManager,
            version: pinned,
            packageSpec: `${project.packageManager}@${pinned}`,
            reason: `package.json pins ${project.packageManager}@${pinned} and ${found}`,
        };
    }
    return {
        kind: 'note',
        message: `package.json pins ${project.packageManager}@${pinned}, but ${project.packageManager} ${pathVersion ?? '(none)'} is on PATH; installing with it (npm ci installs the same tree from the lockfile).`,
    };
}

;// CONCATENATED MODULE: ./src/core/deps/project-detection.ts



const NODE_LOCK_OWNERS = [
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
    ['yarn.lock', 'yarn'],
    ['pnpm-lock.yaml', 'pnpm'],
];
const LOOKED_FOR = 'package.json, requirements*.txt, pyproject.toml with [tool.poetry], poetry.lock';
function isPoetryProject(snapshot) {
    return snapshot.entries.has('poetry.lock') || objectAt(readPyproject(snapshot), 'tool', 'poetry') !== undefined;
}
function languagesPresent(snapshot) {
    return {
        node: snapshot.entries.has('package.json'),
        python: isPoetryProject(snapshot) || requirementsFiles(snapshot).length > 0,
    };
}
function parsePackageManagerField(field) {
    const match = /^(npm|yarn|pnpm)(?:@([^+\s]+))?(?:\+.*)?$/.exec(field.trim());
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`package.json field 'packageManager' must name npm, yarn or pnpm, like 'pnpm@9.12.0' (got '${field}').`);
    }
    const name = match[1];
    const version = match[2];
    if (name === 'yarn' && version !== undefined && Number.parseInt(version, 10) >= 2) {
        throw new errors/* ConfigurationError */.j1(`package.json field 'packageManager' asks for yarn ${version}; only yarn classic (1.x) is supported. ` +
            `Use 'yarn@1.22.22', or pnpm or npm.`);
    }
    return { name, version };
}
function chooseNodePackageManager(snapshot) {
    const manifest = readPackageJson(snapshot) ?? {};
    const lockOwners = NODE_LOCK_OWNERS.filter(([file]) => snapshot.entries.has(file));
    const field = typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
    if (field !== undefined) {
        const pinned = parsePackageManagerField(field);
        const own = lockOwners.filter(([, owner]) => owner === pinned.name).map(([file]) => file);
        const stray = lockOwners.filter(([, owner]) => owner !== pinned.name).map(([file]) => file);
        if (own.length === 0 && stray.length > 0) {
            const expected = PACKAGE_MANAGER_RECORDS[pinned.name].lockfiles.join(' or ');
            throw new errors/* ConfigurationError */.j1(`package.json says packageManager '${field}', but the lockfiles in ${snapshot.directory} are ` +
                `${stray.join(', ')} (no ${expected}). Either delete ${stray.join(', ')} and commit the ${expected} ` +
                `that ${pinned.name} writes, or correct the packageManager field.`);
        }
        const warnings = stray.map((file) => `${file} is ignored: package.json's packageManager is '${field}'. Delete it to avoid confusion.`);
        return { name: pinned.name, version: pinned.version, reason: `packageManager field '${field}'`, warnings };
    }
    const owners = [...new Set(lockOwners.map(([, owner]) => owner))];
    if (owners.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Found lockfiles of several package managers in ${snapshot.directory}: ` +
            `${lockOwners.map(([file]) => file).join(', ')}. Keep only one, or add a packageManager field to ` +
            `package.json (e.g. "packageManager": "${owners[0]}@<version>"), or set the input 'package-manager'.`);
    }
    if (owners.length === 1) {
        return { name: owners[0], reason: `found ${lockOwners[0][0]}`, warnings: [] };
    }
    return { name: 'npm', reason: 'package.json without a lockfile or packageManager field', warnings: [] };
}
function requireLockfile(snapshot, name) {
    const record = PACKAGE_MANAGER_RECORDS[name];
    const present = record.lockfiles.filter((file) => snapshot.entries.has(file));
    // npm ci installs from npm-shrinkwrap.json when both are present: the key and the sync check must read that one.
    const lockfile = present.includes('npm-shrinkwrap.json') ? 'npm-shrinkwrap.json' : present[0];
    if (lockfile !== undefined)
        return lockfile;
    const command = { npm: 'npm install', yarn: 'yarn install', pnpm: 'pnpm install', poetry: 'poetry lock', pip: '' }[name];
    throw new errors/* ConfigurationError */.j1(`${name} needs a lockfile to install reproducibly, and ${snapshot.directory} has none ` +
        `(looked for ${record.lockfiles.join(', ')}). Run '${command}' locally and commit ${record.lockfiles[0]}.`);
}
function detectNode(snapshot, requested) {
    const chosen = requested === 'auto'
        ? chooseNodePackageManager(snapshot)
        : { name: requested, reason: `input 'package-manager' is '${requested}'`, warnings: [] };
    const lockfile = requireLockfile(snapshot, chosen.name);
    if (lockfile === 'yarn.lock' && /^__metadata:/m.test(snapshot.texts.get('yarn.lock') ?? '')) {
        throw new errors/* ConfigurationError */.j1(`yarn.lock in ${snapshot.directory} was written by yarn 2 or later (it has __metadata); only yarn classic (1.x) is supported. ` +
            `Regenerate it with yarn 1 ('npx yarn@1 install'), or switch to pnpm or npm.`);
    }
    return {
        directory: snapshot.directory,
        language: 'node',
        packageManager: chosen.name,
        reason: chosen.reason,
        lockfile,
        keyFiles: ['package.json', lockfile, ...(snapshot.entries.has('pnpm-workspace.yaml') ? ['pnpm-workspace.yaml'] : [])],
        requirementsFiles: [],
        pinnedVersion: 'version' in chosen ? chosen.version : undefined,
        warnings: chosen.warnings,
    };
}
function detectPython(snapshot, name, reason) {
    if (name === 'poetry') {
        if (!snapshot.entries.has('pyproject.toml')) {
            throw new errors/* ConfigurationError */.j1(`Poetry needs pyproject.toml, and ${snapshot.directory} has none.`);
        }
        const warnings = snapshot.entries.has('poetry.lock')
            ? []
            : ['poetry.lock is missing: poetry install resolves versions afresh each run. Run `poetry lock` and commit poetry.lock.'];
        return {
            directory: snapshot.directory,
            language: 'python',
            packageManager: 'poetry',
            reason,
            lockfile: snapshot.entries.has('poetry.lock') ? 'poetry.lock' : undefined,
            keyFiles: ['pyproject.toml', ...(snapshot.entries.has('poetry.lock') ? ['poetry.lock'] : [])],
            requirementsFiles: [],
            warnings,
        };
    }
    const files = requirementsFiles(snapshot);
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`pip installs from requirements files, and ${snapshot.directory} has none (looked for requirements*.txt).`);
    }
    return {
        directory: snapshot.directory,
        language: 'python',
        packageManager: 'pip',
        reason,
        keyFiles: files,
        requirementsFiles: files,
        warnings: [],
    };
}
/** Decides which package manager installs the project in `snapshot`. Throws ConfigurationError when it cannot. */
function detectProject(snapshot, requested) {
    const present = languagesPresent(snapshot);
    if (requested !== 'auto') {
        const language = PACKAGE_MANAGER_RECORDS[requested].language;
        if (language === 'node') {
            if (!present.node) {
                throw new errors/* ConfigurationError */.j1(`Input 'package-manager' is '${requested}', but ${snapshot.directory} has no package.json.`);
            }
            return detectNode(snapshot, requested);
        }
        return detectPython(snapshot, requested, `input 'package-manager' is '${requested}'`);
    }
    if (present.node && present.python) {
        throw new errors/* ConfigurationError */.j1(`${snapshot.directory} has both a Node project (package.json) and a Python project ` +
            `(${isPoetryProject(snapshot) ? 'Poetry' : requirementsFiles(snapshot).join(', ')}). ` +
            `Set the input 'package-manager' to the one to install (npm, yarn, pnpm, pip or poetry).`);
    }
    if (present.node)
        return detectNode(snapshot, 'auto');
    if (present.python) {
        return isPoetryProject(snapshot)
            ? detectPython(snapshot, 'poetry', objectAt(readPyproject(snapshot), 'tool', 'poetry') !== undefined
                ? 'pyproject.toml has [tool.poetry]'
                : 'found poetry.lock')
            : detectPython(snapshot, 'pip', `found ${requirementsFiles(snapshot).join(', ')}`);
    }
    throw new errors/* ConfigurationError */.j1(`No project to install in ${snapshot.directory}: looked for ${LOOKED_FOR}. ` +
        `Set 'working-directory' to the folder that holds your project's manifest.`);
}

;// CONCATENATED MODULE: ./src/core/deps/requirements-includes.ts
/**
 * The files a requirements file pulls in (`-r base.txt`, `-c constraints.txt`, `--requirement=…`): they
 * decide the installed venv as much as the file itself, so they belong in the cache key. Paths are as
 * written; pip resolves them against the including file's folder. URLs are left out.
 */
function requirementIncludes(text) {
    const found = [];
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
        const match = /^(?:-r|-c|--requirement|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)$/.exec(line);
        if (match && !/^[a-z][a-z0-9+.-]*:\/\//i.test(match[1]))
            found.push(match[1]);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/deps/python-version-constraints.ts
function parseRelease(text) {
    const match = /^v?(\d+(?:\.\d+)*)/.exec(text.trim());
    return match ? match[1].split('.').map(Number) : undefined;
}
function compare(a, b) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i += 1) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
function startsWith(version, prefix) {
    return prefix.every((part, i) => (version[i] ?? 0) === part);
}
/** The next release after `prefix` at its last component: [3, 10] → [3, 11]. */
function bumpLast(prefix) {
    return [...prefix.slice(0, -1), prefix[prefix.length - 1] + 1];
}
function clause(text) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === '*')
        return () => true;
    const match = /^(===|==|!=|~=|<=|>=|<|>|\^|~|=)?\s*(.+)$/.exec(trimmed);
    if (!match)
        return undefined;
    const operator = match[1] ?? '==';
    const operand = match[2].trim();
    const wildcard = operand.endsWith('.*');
    const release = parseRelease(wildcard ? operand.slice(0, -2) : operand);
    if (!release)
        return undefined;
    switch (operator) {
        case '==':
        case '=':
        case '===':
            return wildcard ? (v) => startsWith(v, release) : (v) => compare(v, release) === 0;
        case '!=':
            return wildcard ? (v) => !startsWith(v, release) : (v) => compare(v, release) !== 0;
        case '<=':
            return (v) => compare(v, release) <= 0;
        case '>=':
            return (v) => compare(v, release) >= 0;
        case '<':
            return (v) => compare(v, release) < 0;
        case '>':
            return (v) => compare(v, release) > 0;
        case '~=': {
            if (release.length < 2)
                return undefined;
            const upper = bumpLast(release.slice(0, -1));
            return (v) => compare(v, release) >= 0 && compare(v, upper) < 0;
        }
        case '~': {
            // Poetry: ~3.10 → >=3.10,<3.11; ~3 → >=3,<4
            const upper = bumpLast(release.length === 1 ? release : release.slice(0, 2));
            return (v) => compare(v, release) >= 0 && compare(v, upper) < 0;
        }
        case '^': {
            // Poetry: ^3.10 → >=3.10,<4; ^0.3 → >=0.3,<0.4
            const firstNonZero = release.findIndex((part) => part !== 0);
            const significant = firstNonZero === -1 ? release.length - 1 : firstNonZero;
            const upper = bumpLast(release.slice(0, significant + 1));
            return (v) => compare(v, release) >= 0 && compare(v, upper) < 0;
        }
        default:
            return undefined;
    }
}
/**
 * Whether `version` (e.g. "3.11.7") satisfies `constraint`. Returns undefined when the constraint cannot be
 * read, so the caller can say so instead of guessing.
 */
function pythonVersionSatisfies(version, constraint) {
    const release = parseRelease(version);
    if (!release)
        return undefined;
    const alternatives = constraint.split('||');
    let anyMatch = false;
    for (const alternative of alternatives) {
        const parts = alternative
            .split(/,|\s+(?=[<>=!~^])/)
            .map((part) => part.trim())
            .filter((part) => part !== '');
        const predicates = (parts.length === 0 ? ['*'] : parts).map(clause);
        if (predicates.some((predicate) => predicate === undefined))
            return undefined;
        if (predicates.every((predicate) => predicate(release)))
            anyMatch = true;
    }
    return anyMatch;
}
/** `.python-version` / `.nvmrc` style: "3.11" matches 3.11.x, "3.11.7" only itself. */
function versionPrefixMatches(version, wanted) {
    const have = parseRelease(version);
    const want = parseRelease(wanted);
    if (!have || !want)
        return undefined;
    return startsWith(have, want);
}

;// CONCATENATED MODULE: ./src/core/deps/runtime-requirements.ts




function firstMeaningfulLine(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*/, '').trim())
        .find((line) => line !== '');
}
function runtimeDeclarations(snapshot, language) {
    const found = [];
    if (language === 'node') {
        const engines = stringAt(readPackageJson(snapshot), 'engines', 'node');
        if (engines !== undefined)
            found.push({ source: 'package.json engines.node', constraint: engines, kind: 'range' });
        for (const file of ['.nvmrc', '.node-version']) {
            const line = firstMeaningfulLine(snapshot.texts.get(file) ?? '');
            if (line !== undefined)
                found.push({ source: file, constraint: line, kind: 'prefix' });
        }
        return found;
    }
    const pyproject = readPyproject(snapshot);
    const requires = stringAt(pyproject, 'project', 'requires-python');
    if (requires !== undefined)
        found.push({ source: 'pyproject.toml requires-python', constraint: requires, kind: 'range' });
    const poetryPython = objectAt(pyproject, 'tool', 'poetry', 'dependencies')?.python;
    if (typeof poetryPython === 'string') {
        found.push({ source: 'pyproject.toml [tool.poetry.dependencies] python', constraint: poetryPython, kind: 'range' });
    }
    const pinned = (snapshot.texts.get('.python-version') ?? '')
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*/, '').trim())
        .filter((line) => line !== '');
    if (pinned.length > 0)
        found.push({ source: '.python-version', constraint: pinned.join(' || '), kind: 'prefix' });
    return found;
}
function nodeSatisfies(version, declaration) {
    const constraint = declaration.constraint.trim();
    if (declaration.kind === 'prefix') {
        if (/^(lts\/.*|node|stable|latest|current|system)$/i.test(constraint))
            return undefined;
        const prefix = versionPrefixMatches(version, constraint);
        if (prefix !== undefined && /^v?\d+(\.\d+)*$/.test(constraint))
            return prefix;
    }
    const range = semver_default().validRange(constraint);
    // As npm checks engines: a nightly or rc Node (24.0.0-nightly…) satisfies '>=20'.
    return range === null ? undefined : semver_default().satisfies(version, range, { includePrerelease: true });
}
function pythonSatisfies(version, declaration) {
    if (declaration.kind === 'prefix') {
        const results = declaration.constraint.split(' || ').map((wanted) => versionPrefixMatches(version, wanted));
        if (results.some((result) => result === true))
            return true;
        return results.every((result) => result === false) ? false : undefined;
    }
    return pythonVersionSatisfies(version, declaration.constraint);
}
function fixAdvice(language, declaration) {
    if (language === 'node') {
        const file = declaration.source.startsWith('package.json') ? 'package.json' : declaration.source;
        return `Add actions/setup-node before this step with 'node-version-file: ${file}' (or a node-version that satisfies '${declaration.constraint}').`;
    }
    const file = declaration.source === '.python-version' ? '.python-version' : 'pyproject.toml';
    return `Add actions/setup-python before this step with 'python-version-file: ${file}' (or a python-version that satisfies '${declaration.constraint}').`;
}
/**
 * Checks the runtime on PATH against every declaration. Throws a ConfigurationError naming what was found,
 * what is required and how to fix the workflow; returns what could not be checked.
 */
function checkRuntime(language, version, declarations) {
    const runtimeName = language === 'node' ? 'Node.js' : 'Python';
    const unchecked = [];
    for (const declaration of declarations) {
        const ok = language === 'node' ? nodeSatisfies(version, declaration) : pythonSatisfies(version, declaration);
        if (ok === undefined) {
            unchecked.push(`${declaration.source} ('${declaration.constraint}') cannot be checked against ${version}`);
        }
        else if (!ok) {
            throw new errors/* ConfigurationError */.j1(`${runtimeName} ${version} is on PATH, but ${declaration.source} requires '${declaration.constraint}'. ` +
                fixAdvice(language, declaration));
        }
    }
    return { declarations, unchecked };
}

// EXTERNAL MODULE: ./src/core/summary-document.ts
var summary_document = __nccwpck_require__(8005);
;// CONCATENATED MODULE: ./src/core/deps/report.ts

function setupDepsSummary(report) {
    const language = report.project.language === 'node' ? 'Node.js' : 'Python';
    const rows = [
        ['Project', `\`${report.project.directory}\``],
        ['Package manager', `${report.project.packageManager} ${report.packageManagerVersion} (${report.project.reason})`],
        ['Runtime', `${language} ${report.runtimeVersion}`],
        ['Cache', `**${report.cacheResult}**: ${report.treeSource} (${report.cacheDescription})`],
        ['Key', `\`${report.treeKey}\``],
    ];
    if (report.storeKey !== undefined) {
        rows.push(['Download store', report.storeMatchedKey ? `restored from \`${report.storeMatchedKey}\`` : `not found (\`${report.storeKey}\`)`]);
    }
    rows.push(['Restore', (0,summary_document/* formatSeconds */.Xo)(report.restoreMilliseconds)]);
    if (report.cacheBounds !== undefined)
        rows.push(['Cache deadlines', report.cacheBounds]);
    if (report.archiveBytes !== undefined)
        rows.push(['Archive size', (0,summary_document/* formatBytes */.z3)(report.archiveBytes)]);
    rows.push([
        'Install',
        report.installMilliseconds === undefined
            ? `skipped: ${report.treeSource}`
            : `${(0,summary_document/* formatSeconds */.Xo)(report.installMilliseconds)}: ${report.installCommands.map((command) => `\`${command}\``).join(', ')}`,
    ]);
    const document = [
        { kind: 'heading', text: 'setup-deps' },
        { kind: 'table', header: ['', ''], rows },
    ];
    const notes = [...report.project.warnings, ...report.notes];
    if (notes.length > 0)
        document.push({ kind: 'list', items: notes });
    return document;
}
function setupDepsSaveSummary(saves, skipReason) {
    const document = [{ kind: 'heading', text: 'setup-deps: cache save' }];
    if (saves.length === 0) {
        document.push({ kind: 'paragraph', text: `Nothing saved: ${skipReason ?? 'nothing to save'}.` });
        return document;
    }
    document.push({
        kind: 'table',
        header: ['What', 'Result', 'Time', 'Size', 'Key'],
        rows: saves.map((save) => [
            save.what,
            `${save.outcome}${save.detail ? `: ${save.detail}` : ''}`,
            save.milliseconds === undefined ? '' : formatSeconds(save.milliseconds),
            save.bytes === undefined ? '' : formatBytes(save.bytes),
            `\`${save.key}\``,
        ]),
    });
    return document;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/core/output-folders.ts
var output_folders = __nccwpck_require__(6974);
;// CONCATENATED MODULE: ./src/runtime/files/file-system.ts






async function isDirectory(candidate) {
    try {
        return (await (0,promises_.stat)(candidate)).isDirectory();
    }
    catch {
        return false;
    }
}
/** Whether `name` is in `directory`, asked without waiting (for a guess made before the folder is read). */
function holdsName(directory, name) {
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(directory, name));
}
/** A path input, resolved against the workspace; one that leaves the workspace (`..`, an absolute path elsewhere) is refused. */
function resolveWorkspacePath(workspace, name, value) {
    return (0,output_folders/* resolveOutputPath */.NK)({ workspace }, name, value);
}
/**
 * Resolves a folder input against the workspace; a folder that does not exist is the user's to fix: the
 * error names the input, its value, the path it resolved to, and `hint` (what the folder should hold).
 */
async function resolveInputDirectory(workspace, name, value, hint) {
    const directory = resolveWorkspacePath(workspace, name, value);
    if (!(await isDirectory(directory))) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' is '${value}', but ${directory} is not a directory. ${hint}`);
    }
    return directory;
}
async function readTextIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' || error.code === 'EISDIR')
            return undefined;
        throw error;
    }
}
/** Reads the top-level names of `directory` and the text of the files the decisions need. */
async function readProjectSnapshot(directory) {
    const entries = new Set(await (0,promises_.readdir)(directory));
    const texts = new Map();
    const wanted = [...SNAPSHOT_FILES, ...[...entries].filter((name) => isRequirementsFile(name) || isDevRequirementsName(name))];
    await Promise.all(wanted
        .filter((name) => entries.has(name))
        .map(async (name) => {
        const text = await readTextIfExists(external_node_path_default().join(directory, name));
        if (text !== undefined)
            texts.set(name, text);
    }));
    return { directory, entries, texts };
}
/**
 * Expands patterns relative to `base` whose segments may be `*` (any one name) into the folders that
 * exist. `**` is taken as `*`: workspace globs name member folders one level down in practice.
 */
async function expandFolderPatterns(base, patterns) {
    const found = new Set();
    for (const pattern of patterns) {
        let current = [''];
        for (const segment of pattern.split('/').filter((part) => part !== '' && part !== '.')) {
            const next = [];
            for (const prefix of current) {
                if (segment.includes('*')) {
                    const matcher = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[^/]*')}$`);
                    let names = [];
                    try {
                        names = await (0,promises_.readdir)(external_node_path_default().join(base, prefix));
                    }
                    catch {
                        names = [];
                    }
                    for (const name of names)
                        if (matcher.test(name) && !name.startsWith('.'))
                            next.push(external_node_path_default().join(prefix, name));
                }
                else {
                    next.push(external_node_path_default().join(prefix, segment));
                }
            }
            current = next;
        }
        for (const relative of current)
            if (relative !== '' && (await isDirectory(external_node_path_default().join(base, relative))))
                found.add(relative);
    }
    return [...found].sort();
}
/**
 * Counts the entries below `folder` (files, folders, links; links are not followed), skipping `exclude` at
 * the top. Folders are read concurrently: this is the tree check of every exact hit.
 */
async function countEntries(folder, exclude) {
    const excluded = new Set(exclude === undefined ? [] : typeof exclude === 'string' ? [exclude] : exclude);
    let count = 0;
    const walk = async (current, top) => {
        let children;
        try {
            children = await (0,promises_.readdir)(current, { withFileTypes: true });
        }
        catch {
            return;
        }
        const folders = [];
        for (const child of children) {
            if (top && excluded.has(child.name))
                continue;
            count += 1;
            if (child.isDirectory())
                folders.push(external_node_path_default().join(current, child.name));
        }
        await Promise.all(folders.map((next) => walk(next, false)));
    };
    await walk(folder, true);
    return count;
}
async function file_system_removeAll(targets) {
    await Promise.all(targets.map((target) => (0,promises_.rm)(target, { recursive: true, force: true })));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/runtime/deps/pinned-tool.ts







/** Where pinned tools go: the runner's tool cache (kept on self-hosted runners), else its temp folder, else the system's. */
function toolRoot(env) {
    return external_node_path_default().join(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'build-actions-tools');
}
/**
 * Installs `name@version` from the npm registry into its own folder under `root` with `npm install --global
 * --prefix` (npm checks the tarball against the registry's integrity hash), or reuses what an earlier run
 * put there, and asks the tool its version.
 */
async function installPinnedTool(run, name, version, root, cwd) {
    const prefix = external_node_path_default().join(root, `${name}-${version}`);
    const binDirectory = process.platform === 'win32' ? prefix : external_node_path_default().join(prefix, 'bin');
    const executable = external_node_path_default().join(binDirectory, process.platform === 'win32' ? `${name}.cmd` : name);
    const manifest = external_node_path_default().join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', name, 'package.json');
    const present = JSON.parse((await readTextIfExists(manifest)) ?? '{}').version === version;
    if (!present) {
        await (0,promises_.mkdir)(root, { recursive: true });
        const args = ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--no-update-notifier', `${name}@${version}`];
        const result = await run('npm', args, { cwd: root, silent: true });
        if (result.exitCode !== 0 || result.notFound) {
            // A half-made install (stopped at the timeout, or failed part way) must not pass for the tool on the next run.
            await (0,promises_.rm)(prefix, { recursive: true, force: true });
            const output = lastLines(`${result.stdout}\n${result.stderr}`, 10);
            throw new errors/* ConfigurationError */.j1(`package.json pins ${name}@${version}, and installing that version failed ('npm ${args.join(' ')}', exit code ${result.exitCode}):\n${output}\n` +
                `Install ${name} ${version} before this step (for pnpm, pnpm/action-setup with version ${version}), or change the packageManager field.`);
        }
    }
    const printed = await run(executable, ['--version'], { cwd, silent: true, env: { COREPACK_ENABLE_STRICT: '0' } });
    const ran = parseToolVersion(printed.stdout);
    if (printed.exitCode !== 0 || ran === undefined) {
        throw new errors/* ConfigurationError */.j1(`${executable} --version failed (exit code ${printed.exitCode}): ${`${printed.stderr}\n${printed.stdout}`.trim()}. Delete ${prefix} and run again.`);
    }
    return { binDirectory, executable, version: ran, installed: !present };
}

// EXTERNAL MODULE: ./src/runtime/deps/early-node-probe.ts
var early_node_probe = __nccwpck_require__(3062);
;// CONCATENATED MODULE: ./src/runtime/deps/installed-package-version.ts



/**
 * The version of a Node-based tool on PATH (npm, yarn, pnpm), read from the package.json of the package
 * its executable belongs to: what `npm --version` prints, without starting npm (about 0.2 s on an exact
 * hit). Undefined when it cannot be told this way (a corepack shim, a wrapper script): the caller then
 * asks the tool itself.
 */
async function installedPackageVersion(program, packageName, env = process.env) {
    const executable = await findOnPath(program, env);
    if (executable === undefined)
        return undefined;
    let current = external_node_path_default().dirname(await (0,promises_.realpath)(executable));
    for (let depth = 0; depth < 4; depth += 1) {
        try {
            const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(current, 'package.json'), 'utf8'));
            if (manifest.name === packageName && typeof manifest.version === 'string')
                return manifest.version;
            if (manifest.name !== undefined)
                return undefined;
        }
        catch {
            // no package.json at this level: keep walking up
        }
        current = external_node_path_default().dirname(current);
    }
    return undefined;
}
async function findOnPath(program, env) {
    if (process.platform === 'win32')
        return undefined;
    for (const folder of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (folder === '')
            continue;
        const candidate = external_node_path_default().join(folder, program);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/runtime/deps/toolchain-probe.ts





const PYTHON_PROBE = [
    'import json, platform, sys',
    'try:',
    '    import ensurepip; pip = ensurepip.version()',
    'except Exception:',
    '    pip = "none"',
    'print(json.dumps({"version": platform.python_version(), "implementation": platform.python_implementation(),',
    '    "executable": sys.executable, "base_prefix": sys.base_prefix, "pip": pip}))',
].join('\n');
const probeOptions = (cwd) => ({ cwd, silent: true, timeoutMs: early_node_probe/* PROBE_DEADLINE_MS */.VT });
function answer(result, command, args, missing) {
    if (result.notFound)
        throw new errors/* ConfigurationError */.j1(missing);
    if (result.timedOut) {
        throw new errors/* ConfigurationError */.j1(`'${[command, ...args].join(' ')}' did not answer within ${early_node_probe/* PROBE_DEADLINE_MS */.VT / 1000} s: check what the '${command}' on PATH is (a shim waiting for input?).`);
    }
    if (result.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`'${[command, ...args].join(' ')}' failed (exit code ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return result.stdout.trim();
}
async function query(run, command, args, cwd, missing) {
    return answer(await run(command, args, probeOptions(cwd)), command, args, missing);
}
async function probeToolchain(run, project, readVersion = installedPackageVersion, nodeProbe) {
    const record = PACKAGE_MANAGER_RECORDS[project.packageManager];
    const cwd = project.directory;
    const managerMissing = `${record.program} is not on PATH, and ${project.directory} needs ${project.packageManager} (${project.reason}): ${record.installHint}`;
    if (project.language === 'node') {
        const [node, manager] = await Promise.all([
            (nodeProbe ?? (0,early_node_probe/* startNodeProbe */.z0)(run, cwd)).then((result) => answer(result, 'node', early_node_probe/* NODE_VERSION_ARGS */.oi, 'node is not on PATH: add actions/setup-node before this step.')),
            readVersion(record.program, record.name).then((version) => version ?? query(run, record.version.command, record.version.args, cwd, managerMissing)),
        ]);
        return { runtimeVersion: node.replace(/^v/, ''), packageManagerVersion: parseToolVersion(manager) ?? manager };
    }
    const [pythonText, poetryText] = await Promise.all([
        query(run, 'python3', ['-c', PYTHON_PROBE], cwd, 'python3 is not on PATH: add actions/setup-python before this step.'),
        project.packageManager === 'poetry' ? query(run, 'poetry', ['--version'], cwd, managerMissing) : Promise.resolve(''),
    ]);
    const python = JSON.parse(pythonText.split('\n').pop() ?? '{}');
    return {
        runtimeVersion: python.version,
        runtimeIdentity: `${python.implementation} ${python.base_prefix}`,
        pythonExecutable: python.executable,
        packageManagerVersion: project.packageManager === 'poetry' ? (parseToolVersion(poetryText) ?? poetryText) : python.pip,
    };
}

;// CONCATENATED MODULE: ./src/core/deps/install-timeout.ts

/**
 * An install (or the bootstrap of its package manager) stopped at `timeout-minutes`: a ConfigurationError (the
 * error boundary prints its message, without a stack) that carries the timeout and the stopped program's output.
 */
class InstallTimeoutError extends errors/* ConfigurationError */.j1 {
    timedOut;
    output;
    constructor(message, timedOut, 
    /** The stopped program's stdout and stderr, as far as it got. */
    output) {
        super(message);
        this.timedOut = timedOut;
        this.output = output;
    }
}
const TAIL_LINES = 15;
/** The message of an InstallTimeoutError: what was running, the limit, what became of it, and its last lines. */
function installTimeoutMessage(facts) {
    const tail = facts.output.trim().split(/\r?\n/).slice(-TAIL_LINES).join('\n');
    const earlier = facts.earlierMs >= 1000 ? ` (the install's earlier steps had used ${(facts.earlierMs / 1000).toFixed(1)} s of it)` : '';
    return (`'${facts.step}' did not finish within ${facts.minutes} min (timeout-minutes)${earlier} in ${facts.directory} and was stopped with every process it started; ` +
        `what it made was removed and nothing is saved to the cache. ${tail === '' ? 'It printed nothing.' : `Its last lines:\n${tail}`}`);
}

;// CONCATENATED MODULE: ./src/core/time-budget.ts
/**
 * One time limit (a `timeout-minutes`) shared by programs that run one after another: each gets what the earlier
 * ones left, so the whole of them, not each one, is bounded. Only the time the programs run is charged.
 */
class TimeBudget {
    minutes;
    spent = 0;
    constructor(minutes) {
        this.minutes = minutes;
    }
    get totalMs() {
        return this.minutes * 60_000;
    }
    /** What the programs run so far used. */
    get spentMs() {
        return this.spent;
    }
    /** What the next program may run for (never below 0). */
    remainingMs() {
        return Math.max(0, this.totalMs - this.spent);
    }
    charge(milliseconds) {
        this.spent += Math.max(0, milliseconds);
    }
}

;// CONCATENATED MODULE: ./src/actions/setup-deps/install-budget.ts



function installBudget(run, minutes, now, directory) {
    const budget = new TimeBudget(minutes);
    let stopped;
    const budgeted = async (command, args, options = {}) => {
        const earlierMs = budget.spentMs;
        const started = now();
        const result = await run(command, args, { ...options, timeoutMs: Math.min(options.timeoutMs ?? Infinity, budget.remainingMs()) });
        budget.charge(now() - started);
        if (result.timedOut)
            stopped ??= { step: describeCommand({ command, args }), result, earlierMs };
        return result;
    };
    const timeout = (cause) => {
        const { step, result, earlierMs } = stopped;
        const output = `${result.stdout}\n${result.stderr}`.trim();
        const error = new InstallTimeoutError(installTimeoutMessage({ step, minutes, directory, output, earlierMs }), { minutes, step }, output);
        if (cause !== undefined)
            error.cause = cause;
        return error;
    };
    return {
        minutes,
        run: budgeted,
        async guard(body) {
            let value;
            try {
                value = await body();
            }
            catch (error) {
                if (stopped !== undefined)
                    throw timeout(error);
                throw error;
            }
            if (stopped !== undefined)
                throw timeout();
            return value;
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-deps/state.ts


function saveSetupDepsState(io, state) {
    named_io_namedIO(io, inputs_SETUP_DEPS_NAMES).saveState('setup-deps', JSON.stringify(state));
}
function loadSetupDepsState(io) {
    const text = namedIO(io, SETUP_DEPS_NAMES).getState('setup-deps');
    if (text === '')
        return undefined;
    const parsed = JSON.parse(text);
    return parsed.schema === 1 ? parsed : undefined;
}

;// CONCATENATED MODULE: ./src/core/python-venv.ts

/** The project's own virtual environment, where setup-deps installs a pip or Poetry project. */
const VENV_FOLDER = '.venv';
/** The interpreter of the venv at `venv` (POSIX layout: runners and the local command run on Linux and macOS). */
function python_venv_venvPython(venv) {
    return path.join(venv, 'bin', 'python');
}
/** Where the project's interpreter is looked for, in order: its .venv (as setup-deps leaves it), an activated venv, python3 on PATH. */
function pythonCandidates(directory, env) {
    return [python_venv_venvPython(path.join(directory, VENV_FOLDER)), ...(env.VIRTUAL_ENV ? [python_venv_venvPython(env.VIRTUAL_ENV)] : []), 'python3'];
}
/** The same order, in words, for an error that says where it looked. */
const PYTHON_CANDIDATES_TEXT = (/* unused pure expression or super */ null && (`${VENV_FOLDER}/bin/python, $VIRTUAL_ENV/bin/python and python3 on PATH`));

;// CONCATENATED MODULE: ./src/core/deps/tree-chunks.ts
/**
 * The installed tree is saved as a few chunk archives inside one cache entry, so that a restore can run one
 * extractor per core: creating files parallelises where one `tar -x` stream does not. This module decides how
 * the tree is cut (pure: entries in, ranges out) and reads the manifest that lists the chunks.
 */
/** Runners have 4 cores; more chunks than extractors only adds archives. */
const MAX_TREE_CHUNKS = 4;
/** Below this many entries per chunk, a second extractor costs more (a process start) than it saves. */
const MIN_ENTRIES_PER_CHUNK = 500;
/**
 * Cuts the entries into at most `maxChunks` runs balanced on files and bytes together: each entry weighs its share
 * of the entries plus its share of the bytes, so a chunk of many small files and one of a few large ones cost about
 * the same to extract. Runs are consecutive in walk order, so a package's files stay together (and compress
 * together). Every run is non-empty; an empty tree gives no runs.
 */
function tree_chunks_planTreeChunks(entries, maxChunks = MAX_TREE_CHUNKS, minEntriesPerChunk = MIN_ENTRIES_PER_CHUNK) {
    const total = entries.length;
    if (total === 0)
        return [];
    const count = Math.max(1, Math.min(Math.floor(maxChunks), Math.floor(total / Math.max(1, minEntriesPerChunk)), total));
    const totalBytes = entries.reduce((sum, entry) => sum + Math.max(0, entry.bytes), 0);
    const weight = (bytes) => 1 / total + (totalBytes > 0 ? Math.max(0, bytes) / totalBytes : 0);
    const totalWeight = totalBytes > 0 ? 2 : 1;
    const ranges = [];
    let start = 0;
    let cumulative = 0;
    let bytes = 0;
    for (let index = 0; index < total; index += 1) {
        const before = cumulative;
        const entryWeight = weight(entries[index].bytes);
        const boundary = (totalWeight * (ranges.length + 1)) / count;
        const chunksLeft = count - ranges.length - 1;
        const entriesLeft = total - index;
        // Cut before this entry when that lands closer to the boundary than cutting after it, keeping one entry per chunk left.
        const cutBefore = ranges.length < count - 1 && index > start && (boundary - before <= before + entryWeight - boundary || entriesLeft <= chunksLeft);
        if (cutBefore) {
            ranges.push({ start, end: index, entries: index - start, bytes });
            start = index;
            bytes = 0;
        }
        cumulative = before + entryWeight;
        bytes += Math.max(0, entries[index].bytes);
    }
    ranges.push({ start, end: total, entries: total - start, bytes });
    return ranges;
}
const tree_chunks_CHUNK_MANIFEST_FILE = 'manifest.json';
const CHUNK_FORMAT = 'build-actions-tree-chunks';
const CHUNK_MANIFEST_VERSION = 2;
/** The folder of a relative path ('' at the top), with '/' separators. */
function parentFolder(relative) {
    const at = relative.replace(/\\/g, '/').lastIndexOf('/');
    return at < 0 ? '' : relative.slice(0, at).replace(/\\/g, '/');
}
/**
 * What one chunk archive holds, in order: the folders above its first entry, from the tree folder (`roots`) that holds
 * it down (none for a chunk that starts at a tree folder), then the entries of its range. In walk order, an entry
 * whose folder is not in the range is below that first entry's folders, so these are all the chunk needs.
 * Two `tar -x` that meet a missing folder at once can fail ("Cannot open: No such file or directory": one finds it
 * missing, the other makes it, the first gives up); a folder entry of the archive is made before what it holds.
 */
function tree_chunks_chunkMembers(entries, range, roots) {
    const members = entries.slice(range.start, range.end).map((entry) => entry.path);
    const first = members[0]?.replace(/\\/g, '/') ?? '';
    const root = roots.map((folder) => folder.replace(/\\/g, '/')).find((folder) => first.startsWith(`${folder}/`));
    const ancestors = [];
    if (root !== undefined) {
        for (let folder = parentFolder(first); folder.length >= root.length; folder = parentFolder(folder))
            ancestors.unshift(folder);
    }
    return { ancestors, members };
}
function tree_chunks_makeChunkManifest(ranges, ancestors, fileName) {
    return {
        format: CHUNK_FORMAT,
        version: CHUNK_MANIFEST_VERSION,
        chunks: ranges.map((range, index) => ({ file: fileName(index), entries: range.entries, ancestors: ancestors[index] ?? 0, bytes: range.bytes })),
    };
}
const isCount = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
/** Reads a manifest as restored from the cache; anything unexpected is a problem (the entry is bad), never a throw. */
function parseChunkManifest(text) {
    if (text === undefined)
        return { problem: `the entry has no ${tree_chunks_CHUNK_MANIFEST_FILE}` };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { problem: `${tree_chunks_CHUNK_MANIFEST_FILE} is not JSON` };
    }
    if (value === null || typeof value !== 'object' || value.format !== CHUNK_FORMAT || value.version !== CHUNK_MANIFEST_VERSION || !Array.isArray(value.chunks)) {
        return { problem: `${tree_chunks_CHUNK_MANIFEST_FILE} is not a chunk manifest of version ${CHUNK_MANIFEST_VERSION}` };
    }
    if (value.chunks.length === 0)
        return { problem: `${tree_chunks_CHUNK_MANIFEST_FILE} lists no chunks` };
    const names = new Set();
    for (const chunk of value.chunks) {
        // A name is a plain file name beside the manifest: nothing that climbs out of the folder.
        if (typeof chunk?.file !== 'string' || !/^[A-Za-z0-9._-]+$/.test(chunk.file) || chunk.file.startsWith('.')) {
            return { problem: `${tree_chunks_CHUNK_MANIFEST_FILE} names a chunk file that is not a plain name (${JSON.stringify(chunk?.file)})` };
        }
        if (names.has(chunk.file))
            return { problem: `${tree_chunks_CHUNK_MANIFEST_FILE} lists ${chunk.file} twice` };
        names.add(chunk.file);
        if (!isCount(chunk.entries) || !isCount(chunk.ancestors)) {
            return { problem: `${tree_chunks_CHUNK_MANIFEST_FILE} gives chunk ${chunk.file} no count of its entries and folders` };
        }
    }
    return { manifest: value };
}
/**
 * Entries under each tree folder, counted from the member names the extractors listed (`tar -xv`, ancestors left
 * out), as countEntries counts them on disk: everything below the folder, except `uncounted` names at its top.
 */
function countMembersByFolder(members, folders, uncounted) {
    const counted = Object.fromEntries(folders.map((folder) => [folder, 0]));
    const skip = new Set(uncounted);
    const prefixes = folders.map((folder) => `${folder}/`);
    for (const member of members) {
        const name = member.endsWith('/') ? member.replace(/\/+$/, '') : member;
        // Every folder that holds it, as a walk of each folder would count it (its first name below the folder decides).
        for (let index = 0; index < folders.length; index += 1) {
            const prefix = prefixes[index];
            if (!name.startsWith(prefix))
                continue;
            const slash = name.indexOf('/', prefix.length);
            if (skip.has(slash === -1 ? name.slice(prefix.length) : name.slice(prefix.length, slash)))
                continue;
            counted[folders[index]] += 1;
        }
    }
    return counted;
}

;// CONCATENATED MODULE: ./src/core/deps/tree-marker.ts
/**
 * A small record written into the installed tree just before it is saved: the key it was saved under and
 * how many entries it held. A tree is whole when the marker names the same key and at least as many entries
 * are on disk: a restore that stopped half way has fewer. More is fine: tools add to an installed tree as
 * they run (ESLint, Babel, Prettier and nx under node_modules/.cache, Vite and vitest under
 * node_modules/.vite, Python's __pycache__ folders in a venv), and those additions do not make it wrong.
 */
const TREE_MARKER_FILE = '.build-actions-tree.json';
/**
 * Entries at the top of a tree folder that are never counted: the marker, and the folders where tools keep
 * their own caches (they may also shrink them, which must not make a tree look incomplete).
 */
const UNCOUNTED_TREE_ENTRIES = [TREE_MARKER_FILE, '.cache', '.vite', '.vitest', '.eslintcache'];
function makeTreeMarker(key, entries) {
    return { schema: 1, key, entries };
}
function verifyTree(markerText, key, counted) {
    if (markerText === undefined)
        return { whole: false, problem: `${TREE_MARKER_FILE} is missing` };
    let marker;
    try {
        marker = JSON.parse(markerText);
    }
    catch {
        return { whole: false, problem: `${TREE_MARKER_FILE} is unreadable` };
    }
    if (marker.schema !== 1 || marker.key !== key) {
        return { whole: false, problem: `${TREE_MARKER_FILE} belongs to another key (${String(marker.key)})` };
    }
    for (const [folder, expected] of Object.entries(marker.entries ?? {})) {
        const found = counted[folder] ?? 0;
        if (found < expected)
            return { whole: false, problem: `${folder} holds ${found} entries, ${expected} were saved` };
    }
    return { whole: true };
}

// EXTERNAL MODULE: ./src/runtime/process/child-ending.ts
var child_ending = __nccwpck_require__(6230);
// EXTERNAL MODULE: ./src/runtime/process/program-on-path.ts
var program_on_path = __nccwpck_require__(1044);
;// CONCATENATED MODULE: ./src/runtime/files/gnu-tar.ts

/**
 * The GNU tar that chunk archives are made and extracted with (they use GNU-only options: --index-file, --touch,
 * --blocking-factor, --read-full-records). `gtar` when one is on PATH: on macOS, `tar` is bsdtar, and GitHub's macOS
 * images and Homebrew's gnu-tar install GNU tar as `gtar` (as @actions/cache runs it there). Else `tar`, GNU tar on
 * Linux. Looked up once per PATH.
 */
function gnu_tar_gnuTarProgram(env = process.env) {
    const searchPath = env.PATH ?? '';
    if (chosen?.searchPath !== searchPath)
        chosen = { searchPath, program: (0,program_on_path/* programOnPath */.B)('gtar', env) === undefined ? 'tar' : 'gtar' };
    return chosen.program;
}
let chosen;
/**
 * What to add to a tar failure's message when the tar that ran is not GNU tar (bsdtar, as macOS's `tar` is): the option
 * it refused (its usage text, which ends its message, does not say), and how to get GNU tar. Empty when `stderr` does
 * not read as bsdtar's.
 */
function gnu_tar_gnuTarHint(program, stderr) {
    if (program !== 'tar' || !/Option .* is not supported|bsdtar/.test(stderr))
        return '';
    const refused = /Option (\S+) is not supported/.exec(stderr)?.[1];
    return ` (this tar is not GNU tar${refused === undefined ? '' : `: it refused ${refused.replace(/=.*/, '')}`}; the dependency cache needs GNU tar: install it as gtar, e.g. \`brew install gnu-tar\` on macOS)`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/runtime/files/tree-chunks.ts








/**
 * Chunk archives of an installed tree, with GNU tar and zstd (as @actions/cache uses them): each chunk is a
 * `tar --zstd` of a run of entries after the folders above them, named relative to the project folder; a restore
 * runs every chunk's `tar -x` at once, each listing what it made.
 */
/** How many extractors a machine runs well at once: one per core (the save uses it to archive the chunks). */
function extractorCount() {
    return Math.max(1, typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length);
}
/** Every entry under `folders` (relative to `directory`), the folders themselves first, in a stable walk order. */
async function listTreeEntries(directory, folders) {
    const entries = [];
    const walk = async (relative) => {
        const info = await lstat(path.join(directory, relative));
        entries.push({ path: relative, bytes: info.isFile() ? info.size : 0 });
        if (!info.isDirectory())
            return;
        const names = (await readdir(path.join(directory, relative))).sort();
        for (const name of names)
            await walk(path.join(relative, name));
    };
    for (const folder of folders)
        await walk(folder);
    return entries;
}
const chunkName = (index) => `chunk-${index}.tar.zst`;
/** Archives `names` (relative to `directory`, in this order, folders without what they hold) into `archive`. */
async function archiveNames(directory, names, archive) {
    // NUL-separated names on stdin: a file name may hold a newline. --no-recursion: each folder is listed with what it holds.
    const program = gnuTarProgram();
    const tar = spawn(program, ['--posix', '--use-compress-program', 'zstd -T0', '-cf', archive, '-C', directory, '--null', '--no-recursion', '-T', '-'], {
        stdio: ['pipe', 'ignore', 'pipe'],
        env: process.env, // the environment gnuTarProgram looked in (the default, said so for hosts that give a module its own)
    });
    const ending = childEnding(tar);
    tar.stdin.on('error', () => undefined); // tar gave up early: its exit says why
    tar.stdin.end(names.map((name) => `${name}\0`).join(''));
    const { code, signal, stderr } = await ending;
    return code === 0 ? undefined : `${stderr.trim() || `tar stopped (${signal ?? `exit code ${code}`})`}${gnuTarHint(program, stderr)}`;
}
/**
 * Writes the tree's chunk archives and their manifest into `staging` (made empty first). Returns the manifest.
 * Throws on a tar failure: the caller reports it as a failed save.
 */
async function tree_chunks_writeTreeChunks(directory, folders, staging, sizing = {}) {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const entries = await listTreeEntries(directory, folders);
    const ranges = planTreeChunks(entries, sizing.maxChunks, sizing.minEntriesPerChunk);
    const contents = ranges.map((range) => chunkMembers(entries, range, folders));
    const manifest = makeChunkManifest(ranges, contents.map((content) => content.ancestors.length), chunkName);
    await writeFile(path.join(staging, CHUNK_MANIFEST_FILE), JSON.stringify(manifest));
    await runBounded(contents, extractorCount(), async ({ ancestors, members }, index) => {
        const failure = await archiveNames(directory, [...ancestors, ...members], path.join(staging, chunkName(index)));
        if (failure !== undefined)
            throw new Error(`archiving chunk ${index} of the installed tree failed: ${failure}`);
    });
    return manifest;
}
/**
 * How each chunk is extracted. Files are owned by whoever restores them, with the modes its umask allows, as an
 * install would make them (not the uid and modes of the machine that saved them; and no chmod of every folder at
 * the end). Records of 128 KiB read whole from zstd's pipe (the default is 10 KiB): a tenth of the reads, and fewer,
 * larger writes of each file's content; about 10% less CPU for the same tree.
 */
const EXTRACT_OPTIONS = ['--no-same-owner', '--no-same-permissions', '--blocking-factor=256', '--read-full-records', '--use-compress-program', 'zstd -d'];
function extractOptions(times) {
    return times === 'restore' ? [...EXTRACT_OPTIONS, '--touch'] : EXTRACT_OPTIONS;
}
/**
 * Starts `tar -x` of one chunk into `directory`, from `options.file`, or from what is written to `input`. What it makes is
 * listed into `listing` (`--index-file`: tar writes a line per entry, read once at the end; reading them from its
 * stdout as they come cost the restore about 70 ms of CPU for 11k entries), and removed once read. `name` names
 * the chunk in what goes wrong; a function when the extractor starts before its chunk is known.
 */
function startChunkExtractor(name, directory, listing, options = {}) {
    const { file, times = 'saved' } = options;
    const program = gnu_tar_gnuTarProgram();
    const tar = (0,external_node_child_process_.spawn)(program, [...extractOptions(times), `--index-file=${listing}`, '-xvf', file ?? '-', '-C', directory], {
        stdio: [file === undefined ? 'pipe' : 'ignore', 'ignore', 'pipe'],
        env: process.env,
    });
    tar.stdin?.on('error', () => undefined); // tar gave up early: its exit says why
    const done = (0,child_ending/* childEnding */.E)(tar).then(async (ending) => {
        const listed = await (0,promises_.readFile)(listing, 'utf8').catch(() => undefined);
        await (0,promises_.rm)(listing, { force: true });
        if (ending.code === 0 && listed !== undefined)
            return { members: listed.split('\n').filter((line) => line !== '') };
        const detail = ending.code === 0 && ending.stderr.trim() === '' ? 'it listed nothing' : `${(0,child_ending/* endingDetail */.P)(ending)}${gnu_tar_gnuTarHint(program, ending.stderr)}`;
        return { problem: `chunk ${typeof name === 'string' ? name : name()} could not be extracted: ${detail}` };
    });
    return { input: tar.stdin, done };
}
/** The tree entries a chunk made (its folder entries above them left out), or why it does not match its manifest line. */
function chunkEntries(chunk, outcome) {
    if ('problem' in outcome)
        return outcome;
    const expected = chunk.ancestors + chunk.entries;
    if (outcome.members.length !== expected) {
        return { problem: `chunk ${chunk.file} held ${outcome.members.length} entries, its manifest lists ${expected}` };
    }
    return { members: outcome.members.slice(chunk.ancestors) };
}
/** Judges a whole extraction: every chunk of the manifest made exactly what it lists, and nothing else was extracted. */
function judgeExtraction(manifest, outcomes) {
    const stray = [...outcomes.keys()].find((file) => !manifest.chunks.some((chunk) => chunk.file === file));
    if (stray !== undefined)
        return { ok: false, problem: `the entry holds ${stray}, which its ${tree_chunks_CHUNK_MANIFEST_FILE} does not list` };
    const members = [];
    const problems = [];
    for (const chunk of manifest.chunks) {
        const outcome = outcomes.get(chunk.file);
        if (outcome === undefined)
            return { ok: false, problem: `chunk ${chunk.file} is missing from the entry` };
        const entries = chunkEntries(chunk, outcome);
        if ('problem' in entries)
            problems.push(entries.problem);
        else
            members.push(...entries.members);
    }
    if (problems.length > 0)
        return { ok: false, problem: problems.join('; ') };
    return { ok: true, chunks: manifest.chunks.length, members };
}
/**
 * Extracts the chunks listed in `staging`'s manifest into `directory`, all at once (each chunk makes its own
 * folders). A missing manifest or chunk, a tar/zstd failure (zstd checks each frame's checksum), or a chunk that
 * made other than its manifest lists is a problem; the caller removes the half tree. Every chunk is checked to be
 * there before any extraction starts.
 */
async function extractTreeChunks(staging, directory, times = 'saved') {
    const reading = parseChunkManifest(await (0,promises_.readFile)(external_node_path_default().join(staging, tree_chunks_CHUNK_MANIFEST_FILE), 'utf8').catch(() => undefined));
    if ('problem' in reading)
        return { ok: false, problem: reading.problem };
    const { chunks } = reading.manifest;
    for (const chunk of chunks) {
        const found = await (0,promises_.stat)(external_node_path_default().join(staging, chunk.file)).catch(() => undefined);
        if (!found?.isFile())
            return { ok: false, problem: `chunk ${chunk.file} is missing from the entry` };
    }
    const outcomes = await Promise.all(chunks.map((chunk) => startChunkExtractor(chunk.file, directory, external_node_path_default().join(staging, `${chunk.file}.list`), { file: external_node_path_default().join(staging, chunk.file), times }).done));
    return judgeExtraction(reading.manifest, new Map(chunks.map((chunk, index) => [chunk.file, outcomes[index]])));
}

;// CONCATENATED MODULE: ./src/runtime/files/streamed-tree-chunks.ts





/** A chunk or manifest name as the save writes them: a plain file name, nothing that climbs out of the folder. */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/**
 * Bytes that may wait in memory for the extractors: past this, the download waits for the chunk being written.
 * Below it, the download runs ahead of the extraction, so every chunk's extractor starts as its first bytes arrive.
 */
const BUFFERED_BYTES_LIMIT = 256 * 1024 * 1024;
/**
 * Extracts a tree's chunk archives while its cache entry still streams in (see CacheStore.restoreStreamed): each
 * chunk's bytes go straight into its own `tar -x` as they arrive (nothing is written to disk first), so all the
 * chunks extract at once while the rest downloads. Each chunk makes its own folders, so the order of the entry's
 * files does not matter; the manifest, wherever it comes, judges the whole at the end, as extractTreeChunks does.
 */
class StreamedChunkExtraction {
    directory;
    listings;
    times;
    manifestText;
    outcomes = new Map();
    /** Extractors whose input is still open: a restore that stopped half way leaves some, and finish closes them. */
    open = new Set();
    staging;
    /** Extractors started before any chunk came (startExtractors): each takes the next chunk, and its name then. */
    waiting = [];
    /**
     * `listings`: a folder for the extractors' listings (made when the first chunk comes; the caller removes it).
     * `times`: the modification times the restored files get (see RestoredTimes).
     */
    constructor(directory, listings, times = 'saved') {
        this.directory = directory;
        this.listings = listings;
        this.times = times;
    }
    /**
     * Starts `count` extractors now, before the entry's first chunk comes: called while the lookup is in flight, so a
     * chunk's first bytes meet a running tar instead of waiting 2 to 5 ms for one to start (on the process's one
     * thread, which the download also needs). finish stops those no chunk came for.
     */
    startExtractors(count) {
        (0,external_node_fs_.mkdirSync)(this.listings, { recursive: true });
        this.staging ??= Promise.resolve();
        for (let index = 0; index < count; index += 1) {
            const chunk = { name: 'none (started ahead of the entry)' };
            const listing = external_node_path_default().join(this.listings, `extractor-${this.waiting.length}.list`);
            this.waiting.push({ extractor: startChunkExtractor(() => chunk.name, this.directory, listing, { times: this.times }), chunk });
        }
    }
    /** The sink for the restore: takes the manifest and the chunk files, skips anything else. */
    sink = async (name, _size) => {
        const base = name.split('/').pop() ?? '';
        if (!PLAIN_NAME.test(base) || this.outcomes.has(base))
            return undefined;
        if (base === tree_chunks_CHUNK_MANIFEST_FILE)
            return this.manifestWriter();
        await (this.staging ??= (0,promises_.mkdir)(this.listings, { recursive: true }));
        return this.chunkWriter(base);
    };
    manifestWriter() {
        const parts = [];
        return {
            write: async (bytes) => void parts.push(Buffer.from(bytes)),
            end: async () => void (this.manifestText = Buffer.concat(parts).toString('utf8')),
        };
    }
    buffered() {
        let bytes = 0;
        for (const input of this.open)
            bytes += input.writableLength ?? 0;
        return bytes;
    }
    chunkWriter(base) {
        const ahead = this.waiting.shift();
        if (ahead !== undefined)
            ahead.chunk.name = base;
        const extractor = ahead?.extractor ?? startChunkExtractor(base, this.directory, external_node_path_default().join(this.listings, `${base}.list`), { times: this.times });
        const input = extractor.input;
        this.outcomes.set(base, extractor.done);
        this.open.add(input);
        let ended = false;
        void extractor.done.then(() => {
            ended = true;
            this.open.delete(input);
        });
        return {
            write: async (bytes) => {
                if (ended)
                    return; // tar gave up: its outcome says why
                if (input.write(bytes) || this.buffered() < BUFFERED_BYTES_LIMIT)
                    return;
                await new Promise((resolve) => {
                    input.once('drain', resolve);
                    void extractor.done.then(() => resolve());
                });
            },
            end: async () => {
                this.open.delete(input);
                input.end();
            },
        };
    }
    /**
     * Waits for every extractor (call it once the restore has ended, whatever its outcome: an input still open is
     * closed, and its tar fails on the cut archive), then judges the whole against the manifest.
     */
    async finish() {
        for (const input of this.open)
            input.end();
        this.open.clear();
        // Extractors no chunk came for: their input ends empty, and their failure says nothing about the entry.
        const unused = this.waiting.splice(0).map(({ extractor }) => (extractor.input?.end(), extractor.done));
        await Promise.all(unused);
        const outcomes = new Map();
        for (const [file, outcome] of this.outcomes)
            outcomes.set(file, await outcome);
        const reading = parseChunkManifest(this.manifestText);
        if ('problem' in reading)
            return { ok: false, problem: reading.problem };
        return judgeExtraction(reading.manifest, outcomes);
    }
}

;// CONCATENATED MODULE: ./src/actions/setup-deps/tree-cache.ts








/**
 * The installed tree in the cache: one entry holding the tree's chunk archives (see core/tree-chunks.ts), restored
 * with one extractor per core; and the restore path of setup-deps around it (the tree check, a stale or half tree
 * removed, the download store when the tree missed).
 */
/**
 * Where the chunk archives are put on their way into and out of the cache. Inside the project folder (the client's
 * cache version hashes the paths as given, as it did for the tree folders themselves), and removed after each use.
 */
function chunkStaging(directory) {
    return external_node_path_default().join(directory, '.build-actions-tree-chunks');
}
/**
 * The modification times a restored tree gets: a Node tree the restore's (as its package manager stamps what it
 * installs), a virtualenv the saved ones (its .pyc files hold their sources' times).
 */
function restoredTimes(language) {
    return language === 'node' ? 'restore' : 'saved';
}
/**
 * Restores the entry saved under `key` and extracts its chunks into `directory`. A bad entry (a missing manifest or
 * chunk, a chunk that fails to extract or makes other than its manifest lists) is an 'archive' error: the caller
 * removes the half tree and installs.
 */
async function restoreTreeChunks(cache, directory, key, options = {}) {
    const { now = Date.now, times = 'saved' } = options;
    const staging = chunkStaging(directory);
    const started = now();
    let restored;
    let extraction;
    await file_system_removeAll([staging]);
    try {
        if (cache.restoreStreamed) {
            // The chunks extract while the entry still downloads; only the extractors' listings go to the staging folder.
            // The first extractors start while the lookup is answered; finish ends every one, whatever happened.
            const streamed = new StreamedChunkExtraction(directory, staging, times);
            try {
                const extractors = Math.min(MAX_TREE_CHUNKS, extractorCount());
                restored = await cache.restoreStreamed([staging], key, streamed.sink, () => streamed.startExtractors(extractors));
            }
            finally {
                extraction = await streamed.finish();
            }
        }
        else {
            restored = await cache.restore([staging], key, []);
            if (restored.outcome !== 'hit')
                return restored;
            extraction = await extractTreeChunks(staging, directory, times);
        }
    }
    finally {
        await file_system_removeAll([staging]);
    }
    if (restored.outcome !== 'hit')
        return restored;
    const milliseconds = now() - started;
    if (!extraction.ok)
        return { outcome: 'error', milliseconds, message: `the entry ${key} is damaged: ${extraction.problem}`, fault: 'archive' };
    return { ...restored, milliseconds, members: extraction.members };
}
/** Saves the tree folders (relative to `directory`) as chunk archives in one entry under `key`. */
async function saveTreeChunks(cache, directory, folders, key, now = Date.now) {
    const staging = chunkStaging(directory);
    const started = now();
    try {
        await writeTreeChunks(directory, folders, staging);
    }
    catch (error) {
        await removeAll([staging]);
        return { outcome: 'error', milliseconds: now() - started, message: error.message };
    }
    try {
        const saved = await cache.save([staging], key);
        return { ...saved, milliseconds: now() - started };
    }
    finally {
        await removeAll([staging]);
    }
}
/**
 * Whether the tree folders on disk are whole and were saved under `key` (see tree-marker.ts). `members`: what a
 * restore just extracted into the emptied folders (every entry, as the extractors listed them); the entries are then
 * counted from it instead of walking the folders again.
 */
async function treeIsWhole(directory, patterns, key, members) {
    const markerText = await readTextIfExists(external_node_path_default().join(directory, patterns[0], TREE_MARKER_FILE));
    if (markerText === undefined)
        return { whole: false, problem: `${TREE_MARKER_FILE} is missing` };
    const folders = await expandFolderPatterns(directory, patterns);
    let counted;
    if (members !== undefined)
        counted = countMembersByFolder(members, folders, UNCOUNTED_TREE_ENTRIES);
    else {
        counted = {};
        for (const folder of folders)
            counted[folder] = await countEntries(external_node_path_default().join(directory, folder), UNCOUNTED_TREE_ENTRIES);
    }
    const verdict = verifyTree(markerText, key, counted);
    if (!verdict.whole)
        return verdict;
    const venvConfig = external_node_path_default().join(directory, VENV_FOLDER, 'pyvenv.cfg');
    const home = /^home\s*=\s*(.+)$/m.exec((await readTextIfExists(venvConfig)) ?? '')?.[1]?.trim();
    if (home !== undefined && !(await isDirectory(home))) {
        return { whole: false, problem: `the virtualenv's interpreter folder ${home} does not exist on this machine` };
    }
    return { whole: true };
}
/** Removes every folder of the installed tree (workspace members' too): a half-made tree is never left. */
async function removeInstalledTree(directory, patterns) {
    const folders = await expandFolderPatterns(directory, patterns);
    await file_system_removeAll(folders.map((folder) => external_node_path_default().join(directory, folder)));
}
/** `command`: the package manager's executable when it is not the one on PATH (a pinned version). */
async function queryStorePath(run, project, command) {
    const record = PACKAGE_MANAGER_RECORDS[project.packageManager];
    const result = await run(command ?? record.storePath.command, record.storePath.args, { cwd: project.directory, silent: true });
    const printed = result.stdout.trim().split(/\r?\n/).pop()?.trim();
    return result.exitCode === 0 && printed ? printed : undefined;
}
async function restoreFromCache(deps, project, keys, patterns, managerCommand) {
    const { io, cache } = deps;
    const notes = [];
    const inPlace = await treeIsWhole(project.directory, patterns, keys.tree);
    if (inPlace.whole) {
        return { cacheResult: 'exact', exact: true, treeSource: 'the installed tree is already in place', treeKeyTaken: true, storeExact: true, notes };
    }
    // A tree on disk that is not this key's (another lockfile, a half-made install): a restore replaces it
    // rather than extracting over it, which would leave the old tree's files among the new ones.
    if ((await expandFolderPatterns(project.directory, patterns)).length > 0) {
        notes.push(`The dependencies already on disk were removed before the restore: ${inPlace.problem ?? 'they do not match the key'}.`);
        await removeInstalledTree(project.directory, patterns);
    }
    let faulted = false;
    let treeKeyTaken = false;
    const removal = () => cache.deleteHint
        ? `The entry stays until it is evicted; to delete it now: ${cache.deleteHint([chunkStaging(project.directory)], keys.tree)}`
        : 'The entry stays until it is evicted';
    const tree = await restoreTreeChunks(cache, project.directory, keys.tree, { now: deps.now, times: restoredTimes(project.language) });
    if (tree.outcome === 'hit') {
        const verdict = await treeIsWhole(project.directory, patterns, keys.tree, tree.members);
        if (verdict.whole) {
            return { cacheResult: 'exact', exact: true, treeSource: 'restored from the cache', archiveBytes: tree.bytes, treeKeyTaken: true, storeExact: true, notes };
        }
        faulted = true;
        treeKeyTaken = true;
        const message = `The cache entry ${keys.tree} restored an incomplete tree (${verdict.problem}); installing afresh. ${removal()}.`;
        io.warning(message);
        notes.push(message);
    }
    else if (tree.outcome === 'error') {
        faulted = true;
        // A damaged entry (fault 'archive') still holds its key: a save under it would be refused, so none is made.
        treeKeyTaken = tree.fault === 'archive';
        const message = `Restoring the installed dependencies from the cache failed (${tree.message}); installing instead.${treeKeyTaken ? ` ${removal()}.` : ''}`;
        io.warning(message);
        notes.push(message);
        if (tree.fault === 'service') {
            // The service itself is failing: asking it again (for the store, or to save) would only add its retries.
            await removeInstalledTree(project.directory, patterns);
            return { cacheResult: 'error', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes, serviceFailure: tree.message ?? 'unknown fault' };
        }
    }
    await removeInstalledTree(project.directory, patterns);
    if (deps.context.keepsDownloadStore) {
        notes.push(`The ${project.packageManager} download store stays on this machine between runs, so it is not cached.`);
        return { cacheResult: faulted ? 'error' : 'miss', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes };
    }
    const storePath = await queryStorePath(deps.run, project, managerCommand);
    if (storePath === undefined) {
        notes.push(`The ${project.packageManager} download store could not be located, so it is neither restored nor saved.`);
        return { cacheResult: faulted ? 'error' : 'miss', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes };
    }
    const storeExisted = await isDirectory(storePath);
    const store = await cache.restore([storePath], keys.store, [keys.storeRestorePrefix]);
    if (store.outcome === 'error') {
        faulted = true;
        const message = `Restoring the ${project.packageManager} download store failed (${store.message}); installing from the registry.`;
        io.warning(message);
        notes.push(message);
        if (!storeExisted)
            await file_system_removeAll([storePath]);
    }
    const restoredStore = store.outcome === 'hit';
    const cacheResult = faulted ? 'error' : restoredStore ? 'partial' : 'miss';
    return {
        cacheResult,
        exact: false,
        treeSource: restoredStore ? 'installed with the download store restored' : 'installed',
        storePath,
        storeMatchedKey: restoredStore ? store.matchedKey : undefined,
        archiveBytes: restoredStore ? store.bytes : undefined,
        treeKeyTaken,
        storeExact: restoredStore && store.matchedKey === keys.store,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-deps/main.ts




























async function runInstall(deps, project, plan) {
    for (const step of plan.steps) {
        const result = await deps.run(step.command, step.args, { cwd: project.directory, env: plan.env });
        if (result.exitCode !== 0) {
            const whole = `${result.stdout}\n${result.stderr}`;
            const output = lastLines(whole, 15);
            const message = `'${describeCommand(step)}' failed with exit code ${result.exitCode} in ${project.directory}. Its last lines:\n${output}`;
            // The whole output is read: npm prints the conflict it could not resolve well before its last lines.
            const diagnosis = (0,diagnosis_diagnosis/* diagnoseFailure */.xo)({ stage: 'setup-deps', output: whole, tool: project.packageManager, lockfile: project.lockfile });
            throw new errors/* ConfigurationError */.j1(`${message}\n${(0,report/* formatDiagnosisBeside */.Hf)(message, diagnosis)}`);
        }
    }
}
/**
 * Acts on package.json's packageManager pin (see pinned-package-manager.ts): installs the pinned pnpm or yarn
 * when PATH has another version, and returns the toolchain as it will run, with the executable to use.
 */
async function applyPin(deps, project, found, notes, budget) {
    const decision = pinDecision(project, found.packageManagerVersion);
    if (decision.kind === 'none')
        return { toolchain: found };
    if (decision.kind === 'note') {
        deps.io.warning(decision.message);
        notes.push(decision.message);
        return { toolchain: found };
    }
    const tool = await budget.guard(() => installPinnedTool(budget.run, decision.name, decision.version, toolRoot(deps.context.env), project.directory));
    // Said once: the detection line names the version that runs, the summary says how it got there.
    notes.push(`${decision.reason}: ${decision.packageSpec} ${tool.installed ? 'was installed from the npm registry' : 'was already installed'} in ${tool.binDirectory}; it runs the install and comes first on PATH for later steps.`);
    return {
        toolchain: { ...found, packageManagerVersion: tool.version },
        command: tool.executable,
        binDirectory: tool.binDirectory,
        versionNote: `pinned; PATH has ${found.packageManagerVersion}`,
    };
}
/** The contents that decide the tree: the detected key files, and for pip every file they include (-r, -c), transitively. */
async function keyFileParts(snapshot, project) {
    const parts = project.keyFiles.map((name) => ({ name, content: snapshot.texts.get(name) ?? '' }));
    if (project.packageManager !== 'pip')
        return parts;
    const seen = new Set(project.keyFiles);
    for (let next = 0; next < parts.length; next += 1) {
        const including = parts[next];
        for (const include of requirementIncludes(including.content)) {
            const name = external_node_path_default().normalize(external_node_path_default().join(external_node_path_default().dirname(including.name), include));
            if (seen.has(name))
                continue;
            seen.add(name);
            const content = await readTextIfExists(external_node_path_default().join(project.directory, name));
            if (content === undefined) {
                throw new errors/* ConfigurationError */.j1(`${including.name} includes '${include}', but ${external_node_path_default().join(project.directory, name)} does not exist. Fix the path in ${including.name}.`);
            }
            parts.push({ name, content });
        }
    }
    return parts;
}
/** What the tree's key is made of (also read by the local command's `explain`, so both take the same inputs). */
function treeKeyInputs(context, project, toolchain, files, directory, cacheVersion = '') {
    return {
        platform: context.platform,
        language: project.language,
        runtimeVersion: toolchain.runtimeVersion,
        runtimeIdentity: toolchain.runtimeIdentity,
        packageManager: project.packageManager,
        packageManagerVersion: toolchain.packageManagerVersion,
        files,
        // A venv and pnpm's .bin shims record the project's absolute path: such trees are not relocatable.
        location: project.language === 'python' || project.packageManager === 'pnpm' ? directory : undefined,
        cacheVersion,
    };
}
async function main(deps) {
    const { io, context } = deps;
    const actionOutputs = named_io_namedIO(io, inputs_SETUP_DEPS_NAMES);
    const inputs = readSetupDepsInputs((name) => io.getInput(name));
    // The cache client starts while the project is detected and its keys are worked out.
    if (inputs.cache)
        deps.cache.prepare?.();
    const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give the path of the folder that holds package.json, requirements*.txt or pyproject.toml, relative to the repository root.');
    // timeout-minutes bounds the install as a whole: the bootstrap of a pinned package manager and the install steps.
    const budget = installBudget(deps.run, inputs.timeoutMinutes, deps.now, directory);
    const { project, snapshot, toolchain, notes, manager } = await io.group('Detect the project and its toolchain', async () => {
        // node's version is asked while the project is read (if not already): package.json makes a Node project all but certain.
        const nodeProbe = deps.nodeProbe?.directory === directory ? deps.nodeProbe.result : holdsName(directory, 'package.json') ? (0,early_node_probe/* startNodeProbe */.z0)(deps.run, directory) : undefined;
        const snapshot = await readProjectSnapshot(directory);
        const project = detectProject(snapshot, inputs.packageManager);
        for (const warning of project.warnings)
            io.warning(warning);
        if (project.packageManager === 'npm' && project.lockfile !== undefined) {
            assertNpmLockfileInSync(directory, readPackageJson(snapshot) ?? {}, snapshot.texts.get(project.lockfile) ?? '', project.lockfile);
        }
        const found = await probeToolchain(deps.run, project, deps.readToolVersion, nodeProbe);
        const runtime = checkRuntime(project.language, found.runtimeVersion, runtimeDeclarations(snapshot, project.language));
        const notes = [...runtime.unchecked];
        const { toolchain, command, binDirectory, versionNote } = await applyPin(deps, project, found, notes, budget);
        const version = `${toolchain.packageManagerVersion}${versionNote ? ` (${versionNote})` : ''}`;
        io.info(`${project.directory}: ${project.language} project, ${project.packageManager} ${version} (${project.reason}), runtime ${toolchain.runtimeVersion}`);
        return { project, snapshot, toolchain, notes, manager: { command, binDirectory } };
    });
    const patterns = installedTreePatterns(project, snapshot);
    const treePaths = patterns.map((pattern) => external_node_path_default().join(directory, pattern));
    const files = await keyFileParts(snapshot, project);
    const keys = cacheKeys(treeKeyInputs(context, project, toolchain, files, directory, inputs.cacheVersion));
    const permissions = cachePermissions(context, inputs.cache);
    if (permissions.reason)
        notes.push(`Cache: ${permissions.reason}.`);
    const restoreStarted = deps.now();
    const restored = permissions.restore
        ? await io.group('Restore dependencies from the cache', () => restoreFromCache(deps, project, keys, patterns, manager.command))
        : {
            cacheResult: inputs.cache && context.cacheMode?.toLowerCase() === 'write-only' ? 'miss' : 'disabled',
            exact: false,
            treeSource: 'installed',
            treeKeyTaken: false,
            storeExact: false,
            notes: [],
            storePath: permissions.save && !context.keepsDownloadStore ? await queryStorePath(deps.run, project, manager.command) : undefined,
        };
    const restoreMilliseconds = deps.now() - restoreStarted;
    notes.push(...restored.notes);
    const plan = installPlan(project, {
        platform: context.nodePlatform,
        pythonExecutable: toolchain.pythonExecutable,
        join: (external_node_path_default()).join,
        packageManagerCommand: manager.command,
        packageManagerBin: manager.binDirectory,
    });
    const state = {
        schema: 1,
        directory,
        language: project.language,
        packageManager: project.packageManager,
        cacheResult: restored.cacheResult,
        treePaths,
        treeKey: keys.tree,
        storePath: restored.storePath,
        storeKey: keys.store,
        keyFilesDigest: (0,hashing/* digestParts */.z)(files),
        keyFiles: files.map((file) => file.name),
        installSucceeded: false,
        saveTree: permissions.save && !restored.treeKeyTaken && restored.serviceFailure === undefined,
        saveStore: permissions.save && restored.storePath !== undefined && !restored.storeExact && restored.serviceFailure === undefined,
        skipReason: !permissions.save
            ? permissions.reason
            : restored.serviceFailure !== undefined
                ? `the cache service failed during the restore (${restored.serviceFailure})`
                : restored.exact
                    ? `the installed tree matches its exact key (${restored.treeSource}), and cache entries are immutable`
                    : restored.treeKeyTaken
                        ? 'an entry already exists under this key'
                        : undefined,
    };
    saveSetupDepsState(io, state);
    let installMilliseconds;
    if (!restored.exact) {
        const installStarted = deps.now();
        await io.group(`Install dependencies: ${plan.steps.map(describeCommand).join(' && ')}`, async () => {
            try {
                await budget.guard(() => runInstall({ ...deps, run: budget.run }, project, plan));
            }
            catch (error) {
                await removeInstalledTree(directory, patterns);
                throw error;
            }
        });
        installMilliseconds = deps.now() - installStarted;
    }
    for (const [name, value] of Object.entries(plan.exportedEnv))
        io.exportVariable(name, value);
    // For the later steps' failure diagnosis: a broken installed tree is blamed on the cache only when it came from one.
    io.exportVariable(cache_evidence/* DEPENDENCIES_CACHE_VARIABLE */.uJ, restored.cacheResult);
    for (const entry of plan.addedPaths)
        io.addPath(entry);
    saveSetupDepsState(io, { ...state, installSucceeded: true });
    const cacheHit = restored.exact;
    actionOutputs.setOutput('cache-hit', String(cacheHit));
    actionOutputs.setOutput('cache-result', restored.cacheResult);
    actionOutputs.setOutput('language', project.language);
    actionOutputs.setOutput('package-manager', project.packageManager);
    actionOutputs.setOutput('runtime-version', toolchain.runtimeVersion);
    actionOutputs.setOutput('cache-key', keys.tree);
    const report = {
        project,
        runtimeVersion: toolchain.runtimeVersion,
        packageManagerVersion: toolchain.packageManagerVersion,
        cacheDescription: deps.cache.description,
        cacheBounds: deps.cache.bounds,
        cacheResult: restored.cacheResult,
        treeKey: keys.tree,
        treeSource: restored.treeSource,
        storeKey: restored.storePath !== undefined ? keys.store : undefined,
        storeMatchedKey: restored.storeMatchedKey,
        restoreMilliseconds,
        installMilliseconds,
        archiveBytes: restored.archiveBytes,
        installCommands: plan.steps.map(describeCommand),
        // Why nothing will be saved is said once, by the post step's summary.
        notes,
    };
    io.info(`Cache result: ${restored.cacheResult} (${restored.treeSource}); key ${keys.tree}`);
    await io.writeSummary(setupDepsSummary(report));
    return { project, cacheResult: restored.cacheResult, treeKey: keys.tree };
}


/***/ }),

/***/ 3929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ dependenciesFromCache),
/* harmony export */   uJ: () => (/* binding */ DEPENDENCIES_CACHE_VARIABLE)
/* harmony export */ });
/* unused harmony export restoredFromCache */
/**
 * How a later step of the job learns where its dependencies came from: setup-deps exports its cache result under
 * this name, so a failure that looks like a broken installed tree is blamed on the cache only when the tree came
 * from one.
 */
const DEPENDENCIES_CACHE_VARIABLE = 'BUILD_ACTIONS_DEPENDENCIES_CACHE';
/** setup-deps' cache results that mean the installed tree (or part of it) was restored from a cache entry. */
function restoredFromCache(cacheResult) {
    return cacheResult === 'exact' || cacheResult === 'partial';
}
function dependenciesFromCache(env) {
    return restoredFromCache(env[DEPENDENCIES_CACHE_VARIABLE]);
}


/***/ }),

/***/ 9864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f4: () => (/* binding */ DIAGNOSIS_PREFIX),
  xo: () => (/* binding */ diagnoseFailure),
  Nb: () => (/* binding */ formatDiagnosis),
  CV: () => (/* binding */ holdsDiagnosis),
  w$: () => (/* binding */ lastLines)
});

;// CONCATENATED MODULE: ./src/core/ansi.ts
/** ANSI colour codes, raw or as pytest escapes them in its XML (`#x1B[31m`): tools' output is read without them. */
function stripColors(text) {
    return text.replace(/(?:\u001b|#x1B)\[[0-9;]*m/g, '');
}
/**
 * Every terminal code a tool may print, not only colours: CSI sequences (colours, erase-line, cursor moves), OSC
 * sequences (hyperlinks, titles) and the two-character escapes.
 */
function stripTerminalCodes(text) {
    return stripColors(text)
        .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
        .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
        .replace(/\u001b[@-Z\\-_]/g, '');
}

;// CONCATENATED MODULE: ./src/core/diagnosis/output-text.ts

/**
 * A tool's output as the lines a person reads on a terminal: colour and cursor codes removed (CSI and OSC
 * sequences, pytest's escaped `#x1B[..m`), a line redrawn after a carriage return kept as drawn last (progress
 * spinners), trailing blanks trimmed. Matchers read these lines and quote them as evidence.
 */
function plainLines(output) {
    return stripTerminalCodes(output).split('\n').map((line) => {
        const drawn = line.replace(/\r+$/, '').split('\r');
        return drawn[drawn.length - 1].trimEnd();
    });
}
/** npm's line prefixes ("npm error ", "npm ERR! ", "npm warn "): the tool's words (or a child's, like node-gyp's) without them. */
function withoutLogPrefix(line) {
    return line.replace(/^npm (?:error|ERR!|warn|WARN|notice)(?: |$)/, '');
}
/** At most `count` lines, de-duplicated in order (verbose tools repeat a message), empty lines dropped. */
function evidenceLines(lines, count = 12) {
    const seen = new Set();
    const kept = [];
    for (const line of lines) {
        if (line.trim() === '' || seen.has(line))
            continue;
        seen.add(line);
        kept.push(line);
        if (kept.length === count)
            break;
    }
    return kept;
}
/** The index of the first line matching `pattern` at or after `from`, or -1. */
function findLine(lines, pattern, from = 0) {
    for (let index = Math.max(0, from); index < lines.length; index += 1) {
        if (pattern.test(lines[index]))
            return index;
    }
    return -1;
}
/** Names joined for a headline: "a", "a and b", "a, b and c". */
function joinNames(names) {
    if (names.length <= 1)
        return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/core/diagnosis/cache-trouble.ts

const INSIDE_NODE_MODULES = /[\\/]node_modules[\\/]/;
const SITE_PACKAGES = /[\\/](?:site|dist)-packages[\\/]/;
const VENV_BIN = /(?:^|[\s/])\.?venv\/bin\/(?:python[\d.]*|pip[\d.]*|\S+)\b/;
function nodeSymptom(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        // Error: Cannot find module '/w/node_modules/ms/index'. (a package that lost a file)
        const missingPath = /Cannot find module '([^']+)'/.exec(line);
        if (missingPath && INSIDE_NODE_MODULES.test(missingPath[1]))
            return { what: `${missingPath[1]} is missing from node_modules`, lines: [index] };
        // Error: Cannot find module 'ms' / Require stack: / - /w/node_modules/debug/src/common.js (a package's dependency gone)
        if (missingPath && lines[index + 1]?.trim() === 'Require stack:') {
            const requirer = /^- (.+)$/.exec(lines[index + 2] ?? '')?.[1];
            if (requirer !== undefined && INSIDE_NODE_MODULES.test(requirer)) {
                return { what: `'${missingPath[1]}', which ${requirer} requires, is missing from node_modules`, lines: [index, index + 1, index + 2] };
            }
        }
        // Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'x' imported from /w/node_modules/y/index.js
        const esm = /ERR_MODULE_NOT_FOUND.*Cannot find (?:package|module) '([^']+)' imported from (\S+)/.exec(line);
        if (esm && (INSIDE_NODE_MODULES.test(esm[1]) || INSIDE_NODE_MODULES.test(esm[2]))) {
            return { what: `'${esm[1]}', which ${esm[2]} imports, is missing from node_modules`, lines: [index] };
        }
        // The module '/w/node_modules/x.node' / was compiled against a different Node.js version using / NODE_MODULE_VERSION 115. ...
        if (/was compiled against a different Node\.js version using/.test(line)) {
            const module = /The module '([^']+)'/.exec(lines[index - 1] ?? '')?.[1];
            const versions = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires/.exec(lines[index + 1] ?? '');
            const required = /^NODE_MODULE_VERSION (\d+)\./.exec(lines[index + 2] ?? '');
            return {
                what: `the native addon ${module ?? ''} was built for another Node.js (NODE_MODULE_VERSION ${versions?.[1] ?? '?'}, this one needs ${required?.[1] ?? '?'})`.replace('addon  was', 'addon was'),
                lines: [index - 1, index, index + 1, index + 2].filter((at) => at >= 0 && at < lines.length),
            };
        }
        // Error: /w/node_modules/x/build/Release/x.node: invalid ELF header
        const elf = /(\S+\.node): invalid ELF header/.exec(line);
        if (elf)
            return { what: `the native addon ${elf[1]} is not a Linux binary (invalid ELF header: built on another OS)`, lines: [index] };
    }
    return undefined;
}
function pythonSymptom(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        // An installed package whose own import fails (a module gone, a native extension that does not load): the
        // last frame is in site-packages. Not "cannot import name": two installed versions that disagree do so after a
        // fresh install too.
        const failed = /^(ModuleNotFoundError: No module named '[^']+'|ImportError: .*(?:cannot open shared object file|undefined symbol|wrong ELF class|invalid ELF header).*)$/.exec(line);
        if (failed) {
            const frame = lines.slice(Math.max(0, index - 4), index).reverse().find((text) => /^\s*File "/.test(text));
            if (frame !== undefined && SITE_PACKAGES.test(frame)) {
                const package_ = /[\\/](?:site|dist)-packages[\\/]([^\\/"]+)/.exec(frame)?.[1];
                return { what: `the installed package ${package_ ?? ''} fails to import what it needs (${failed[1]})`.replace('package  fails', 'package fails'), lines: [lines.indexOf(frame, Math.max(0, index - 4)), index - 1, index].filter((at) => at >= 0) };
            }
        }
        // A virtualenv's interpreter that is not on this machine (a venv made on another runner image).
        if (/: bad interpreter: No such file or directory$/.test(line) && /venv\//.test(line))
            return { what: "the virtualenv's interpreter is missing", lines: [index] };
        if (VENV_BIN.test(line) && /: (?:cannot execute: required file not found|No such file or directory)$/.test(line)) {
            return { what: "the virtualenv's interpreter is missing (its bin/ entries point at a Python this machine does not have)", lines: [index] };
        }
    }
    return undefined;
}
const cacheTroubleMatcher = (evidence) => {
    if (evidence.restoredFromCache !== true)
        return undefined;
    const lines = plainLines(evidence.output);
    const symptom = nodeSymptom(lines) ?? pythonSymptom(lines);
    if (symptom === undefined)
        return undefined;
    return {
        kind: 'cache trouble',
        headline: `The dependencies restored from the cache are broken or stale: ${symptom.what}.`,
        fix: "Rotate the cache: give the caching actions' 'cache-version' input a new value (any, e.g. today's date), so every key is new and the tree is installed afresh. " +
            "Locally, run 'build-actions cache clear DIR'.",
        evidence: evidenceLines(symptom.lines.map((index) => lines[index])),
    };
};

;// CONCATENATED MODULE: ./src/core/diagnosis/compile-error.ts

const LABELS = { tsc: 'tsc', esbuild: 'esbuild', vite: 'vite', babel: 'babel', swc: 'swc', python: 'Python', cc: 'the C/C++ compiler' };
const TSC_PLAIN = /^(\S[^()]*?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const TSC_PRETTY = /^(\S.*?):(\d+):(\d+) - error (TS\d+): (.*)$/;
const TSC_TOTAL = /^Found (\d+) errors?\b/;
const ESBUILD_ERROR = /^✘ \[ERROR\] (.*)$/;
const ESBUILD_PLACE = /^\s+(\S.*?):(\d+):(\d+):$/;
const ESBUILD_RELAYED = /^(\S.*?):(\d+):(\d+): ERROR: (.*)$/;
const ESBUILD_TOTAL = /^(\d+) errors?$/;
const ROLLDOWN_TOTAL = /^(?:Error: )?Build failed with (\d+) errors?:$/;
const ROLLDOWN_MESSAGE = /^\[([^\]]+)\] (.*)$/;
const ROLLDOWN_PLACE = /^\s*╭─\[ ?(.+?):(\d+):(\d+) ?\]$/;
const ROLLUP_UNRESOLVED = /^\[vite\]: Rollup failed to resolve import "(.+?)" from "(.+?)"\.$/;
const BABEL = /^SyntaxError: (\S.*?): (.*) \((\d+):(\d+)\)$/;
const SWC_MESSAGE = /^\s*x (.*)$/;
const SWC_PLACE = /^\s*,-\[(.+?):(\d+):(\d+)\]$/;
const PYTHON_PLACE = /^\s*File "(.+?)", line (\d+)$/;
const PYTHON_ERROR = /^\s*(SyntaxError|IndentationError|TabError): (.*)$/;
const CC_ERROR = /^\s*(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm)):(\d+):(\d+): (?:fatal )?error: (.*)$/;
function located(file, line, column, message) {
    return { file, line: Number(line), ...(column !== undefined ? { column: Number(column) } : {}), message };
}
/** Every compile error the lines hold, in order, and the totals the tools printed. */
function findErrors(lines) {
    const errors = [];
    const totals = [];
    const plain = lines.map(withoutLogPrefix);
    plain.forEach((line, index) => {
        let match;
        if ((match = TSC_PLAIN.exec(line) ?? TSC_PRETTY.exec(line))) {
            const message = `${match[4]}: ${match[5]}`;
            errors.push({ tool: 'tsc', lines: [index], location: located(match[1], match[2], match[3], message), message });
        }
        else if ((match = TSC_TOTAL.exec(line)) && errors.some((error) => error.tool === 'tsc')) {
            totals.push({ tool: 'tsc', count: Number(match[1]), line: index });
        }
        else if ((match = ESBUILD_ERROR.exec(line))) {
            const placeIndex = [index + 1, index + 2, index + 3].find((next) => ESBUILD_PLACE.test(plain[next] ?? ''));
            const place = placeIndex === undefined ? null : ESBUILD_PLACE.exec(plain[placeIndex]);
            errors.push({ tool: 'esbuild', lines: placeIndex === undefined ? [index] : [index, placeIndex], location: place ? located(place[1], place[2], place[3], match[1]) : undefined, message: match[1] });
        }
        else if ((match = ESBUILD_RELAYED.exec(line))) {
            errors.push({ tool: 'esbuild', lines: [index], location: located(match[1], match[2], match[3], match[4]), message: match[4] });
        }
        else if ((match = ESBUILD_TOTAL.exec(line)) && errors.some((error) => error.tool === 'esbuild')) {
            totals.push({ tool: 'esbuild', count: Number(match[1]), line: index });
        }
        else if ((match = ROLLDOWN_TOTAL.exec(line))) {
            totals.push({ tool: 'vite', count: Number(match[1]), line: index });
        }
        else if ((match = ROLLDOWN_PLACE.exec(line))) {
            const messageIndex = index - 1;
            const message = ROLLDOWN_MESSAGE.exec(plain[messageIndex] ?? '');
            const text = message ? `[${message[1]}] ${message[2]}` : 'build error';
            errors.push({ tool: 'vite', lines: message ? [messageIndex, index] : [index], location: located(match[1], match[2], match[3], text), message: text });
        }
        else if ((match = ROLLUP_UNRESOLVED.exec(line))) {
            errors.push({ tool: 'vite', lines: [index], message: `Rollup failed to resolve import "${match[1]}" from "${match[2]}"` });
        }
        else if ((match = BABEL.exec(line))) {
            errors.push({ tool: 'babel', lines: [index], location: located(match[1], match[3], match[4], `SyntaxError: ${match[2]}`), message: `SyntaxError: ${match[2]}` });
        }
        else if ((match = SWC_PLACE.exec(line)) && SWC_MESSAGE.test(plain[index - 1] ?? '')) {
            const message = SWC_MESSAGE.exec(plain[index - 1])[1];
            errors.push({ tool: 'swc', lines: [index - 1, index], location: located(match[1], match[2], match[3], message), message });
        }
        else if ((match = PYTHON_PLACE.exec(line))) {
            const errorIndex = [index + 1, index + 2, index + 3, index + 4].find((next) => PYTHON_ERROR.test(plain[next] ?? ''));
            if (errorIndex !== undefined) {
                const error = PYTHON_ERROR.exec(plain[errorIndex]);
                const message = `${error[1]}: ${error[2]}`;
                errors.push({ tool: 'python', lines: [index, errorIndex], location: located(match[1], match[2], undefined, message), message });
            }
        }
        else if ((match = CC_ERROR.exec(line))) {
            errors.push({ tool: 'cc', lines: [index], location: located(match[1], match[2], match[3], match[4]), message: match[4] });
        }
    });
    return { errors: withoutPseudoFiles(errors), totals };
}
/**
 * Python names code without a file `<unknown>` or `<string>` (setuptools parses a module with ast first, then
 * imports it): such an error repeats a located one at the same line, or stands alone without a location.
 */
function withoutPseudoFiles(errors) {
    const pseudo = (error) => error.tool === 'python' && /^<.*>$/.test(error.location?.file ?? '');
    return errors.flatMap((error) => {
        if (!pseudo(error))
            return [error];
        const repeated = errors.some((other) => !pseudo(other) && other.tool === 'python' && other.location?.line === error.location?.line && other.message === error.message);
        return repeated ? [] : [{ ...error, location: undefined }];
    });
}
/** The package whose native code was being built, when the output names it (npm's path, pip's wheel, setuptools' extension). */
function nativePackage(lines) {
    for (const line of lines) {
        const match = /^npm (?:error|ERR!) path \S*\/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)$/.exec(line) ??
            /Failed building wheel for (\S+)/.exec(line) ??
            /^\s*building '([^'.]+)[^']*' extension$/.exec(line);
        if (match)
            return match[1];
    }
    return undefined;
}
function fixFor(tool, lines, first) {
    switch (tool) {
        case 'tsc':
            return `Fix the type errors at the places listed (the first at ${first}; each is annotated), then run 'npx tsc --noEmit' locally to see them all before pushing.`;
        case 'python':
            return `Fix the syntax at the places listed (the first at ${first}); 'python -m compileall -q <package folder>' finds every syntax error locally.`;
        case 'cc': {
            const owner = nativePackage(lines);
            return (`The C/C++ code of ${owner ?? 'a native module'} did not compile (the first error at ${first}). If it is your code, fix it there. ` +
                "If it is a dependency's, use a version that ships prebuilt binaries (prebuilds, wheels) for this platform and runtime version, or one whose source builds with this compiler and these headers.");
        }
        default:
            return `Fix the source at the places listed (the first at ${first}), then run the build locally ('npm run build'). An import that cannot be resolved is a missing file or a dependency missing from package.json.`;
    }
}
const compileErrorMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    const { errors, totals } = findErrors(lines);
    if (errors.length === 0)
        return undefined;
    const tools = [...new Set(errors.map((error) => error.tool))];
    const count = tools.reduce((sum, tool) => {
        const printed = totals.filter((total) => total.tool === tool).reduce((most, total) => Math.max(most, total.count), 0);
        return sum + Math.max(printed, errors.filter((error) => error.tool === tool).length);
    }, 0);
    const locations = errors.flatMap((error) => (error.location ? [error.location] : [])).slice(0, 10);
    const first = errors[0];
    const where = first.location ? `${first.location.file}:${first.location.line}${first.location.column !== undefined ? `:${first.location.column}` : ''}` : undefined;
    const errorLines = errors.flatMap((error) => error.lines);
    const totalLines = totals.filter((total) => tools.includes(total.tool)).map((total) => total.line);
    const quoted = [...new Set([...errorLines.slice(0, 12 - totalLines.length), ...totalLines])].sort((a, b) => a - b);
    const diagnosis = {
        kind: 'compile error',
        headline: `${count} compile error${count === 1 ? '' : 's'} (${joinNames(tools.map((tool) => LABELS[tool]))}); the first${where ? ` at ${where}` : ''}: ${first.message}`,
        fix: fixFor(first.tool, lines, where ?? 'the first line below'),
        evidence: evidenceLines(quoted.map((index) => lines[index])),
        count,
    };
    if (locations.length > 0)
        diagnosis.locations = locations;
    return diagnosis;
};

;// CONCATENATED MODULE: ./src/core/diagnosis/dependency-conflict.ts

/**
 * Requirements that no set of versions satisfies, named with the packages and ranges the tool printed: npm's
 * ERESOLVE, pnpm's unmet peers, pip's ResolutionImpossible and Poetry's solver (a range that no published version
 * matches is a package not found: package-not-found.ts). The fixes change a range, a version or an
 * override; forcing the install is mentioned only as the last resort it is.
 */
/** `react-dom@17.0.2` → react-dom; `@scope/x@1` → @scope/x; `react@"^18"` → react. */
function packageName(spec) {
    const at = spec.indexOf('@', 1);
    return at < 0 ? spec : spec.slice(0, at);
}
const NPM_ERROR = /^npm (?:error|ERR!)(?: |$)/;
function npmEresolve(lines) {
    // Only npm's errors: "npm warn ERESOLVE overriding peer dependency" belongs to an install that went on.
    const code = lines.findIndex((line) => NPM_ERROR.test(line) && /^code ERESOLVE$/.test(withoutLogPrefix(line)));
    if (code < 0)
        return undefined;
    const block = [];
    for (let index = code + 1; index < lines.length && NPM_ERROR.test(lines[index]); index += 1)
        block.push(lines[index]);
    const plain = block.map(withoutLogPrefix);
    const at = (pattern) => plain.findIndex((line) => pattern.test(line));
    const found = /^Found: (\S+)/.exec(plain[at(/^Found: /)] ?? '')?.[1];
    const foundIndex = at(/^Found: /);
    const foundBy = foundIndex < 0 ? undefined : plain.slice(foundIndex + 1).find((line) => /^ {2}\S.* from /.test(line))?.trim();
    const couldIndex = at(/^Could not resolve dependency:$/);
    const wanted = couldIndex < 0 ? undefined : /^(?:(peer|peerOptional) )?(\S+?@"[^"]*") from (\S+)/.exec(plain[couldIndex + 1] ?? '');
    const conflicting = /^Conflicting peer dependency: (\S+)/.exec(plain[at(/^Conflicting peer dependency: /)] ?? '')?.[1];
    const end = at(/^Fix the upstream dependency conflict/);
    const kept = block.slice(0, end < 0 ? block.length : end).filter((_line, index) => !/^\s*node_modules\//.test(plain[index]) && plain[index].trim() !== '');
    let headline = 'npm could not resolve the dependency tree (ERESOLVE)';
    if (wanted && found) {
        headline += `: ${wanted[3]} wants ${wanted[1] ? `${wanted[1]} ` : ''}${wanted[2]}, but ${found} is there${foundBy ? ` (${foundBy})` : ''}`;
    }
    if (conflicting)
        headline += `; conflicting peer: ${conflicting}`;
    const wanter = wanted ? packageName(wanted[3]) : undefined;
    const contested = wanted ? packageName(wanted[2]) : found ? packageName(found) : 'the package';
    const range = wanted ? /@"([^"]*)"/.exec(wanted[2])?.[1] : undefined;
    return {
        kind: 'dependency conflict',
        headline: `${headline}.`,
        fix: (wanter && found
            ? `Make the versions agree: take a version of ${wanter} whose peer range accepts ${found} ('npm view ${wanter} peerDependencies' lists them), or move ${contested} into ${range ? `"${range}"` : 'the range it wants'}. `
            : 'Make the versions agree (the lines below name who wants what). ') +
            `If a package you cannot change lags behind, pin the version that works with "overrides" in package.json. Then run 'npm install' locally and commit the lockfile. ` +
            `Retrying with --legacy-peer-deps or --force is a last resort: it installs a tree npm knows to be inconsistent.`,
        evidence: evidenceLines(kept),
    };
}
function pnpmPeers(lines) {
    const start = findLine(lines, /ERR_PNPM_PEER_DEP_ISSUES/);
    if (start < 0)
        return undefined;
    const problems = [];
    const kept = [lines[start]];
    let parent = '';
    for (let index = start + 1; index < lines.length; index += 1) {
        const line = lines[index];
        const node = /[└├]─┬ (\S+ \S+)$/.exec(line);
        if (node)
            parent = node[1];
        const unmet = /✕ (unmet|missing) peer (\S+?)(?:: found (\S+))?$/.exec(line);
        if (unmet) {
            problems.push(`${parent || 'a package'} wants ${unmet[2]}${unmet[3] ? `, found ${unmet[3]}` : ' (missing)'}`);
            if (node === null && parent && !kept.includes(lines[index - 1]))
                kept.push(lines[index - 1]);
            kept.push(line);
        }
    }
    return {
        kind: 'dependency conflict',
        headline: `pnpm found unmet peer dependencies${problems.length > 0 ? `: ${problems.slice(0, 4).join('; ')}` : ''}.`,
        fix: 'Make the versions agree (move the package or its peer into the wanted range). If a package you cannot change lags behind, allow or pin the version with ' +
            "pnpm's peerDependencyRules or overrides (the pnpm field of package.json, or pnpm-workspace.yaml); then run 'pnpm install' and commit pnpm-lock.yaml. " +
            'strictPeerDependencies: false is a last resort.',
        evidence: evidenceLines(kept),
    };
}
function pipResolution(lines) {
    const caused = findLine(lines, /^The conflict is caused by:$/);
    if (caused < 0 && findLine(lines, /ResolutionImpossible/) < 0)
        return undefined;
    const causes = [];
    for (let index = caused + 1; caused >= 0 && index < lines.length && lines[index].trim() !== ''; index += 1)
        causes.push(lines[index]);
    const contested = [...new Set(causes.map((line) => /(?:depends on|requested) ([A-Za-z0-9._-]+)/.exec(line)?.[1]).filter((name) => name !== undefined))];
    const parents = causes.map((line) => /^\s*(\S+) \S+ depends on/.exec(line)?.[1]).filter((name) => name !== undefined);
    const cannot = lines.find((line) => /^ERROR: Cannot install .* because these package versions have conflicting dependencies\.$/.test(line));
    const impossible = lines.find((line) => /ResolutionImpossible/.test(line));
    return {
        kind: 'dependency conflict',
        headline: `pip found no set of versions that satisfies every requirement (ResolutionImpossible)${causes.length > 0 ? `: ${causes.map((line) => line.trim()).join('; ')}` : ''}.`,
        fix: `Make the requirements on ${contested.length > 0 ? joinNames(contested) : 'the shared package'} overlap: ` +
            `${parents.length > 0 ? `take versions of ${joinNames(parents)} that agree on it, ` : ''}loosen your own pin, or drop one of the requirements; ` +
            'then update the requirements (or constraints) file and install again.',
        evidence: evidenceLines([cannot ?? '', ...(caused >= 0 ? [lines[caused]] : []), ...causes, impossible ?? '']),
    };
}
const POETRY_DEPENDS = /(\S+) \(([^)]+)\) depends on (\S+) \(([^)]+)\)/g;
function poetrySolver(lines) {
    // Verbose output prints the paragraph under SolveFailure, then again under SolverProblemError: quote the latter.
    const solverIndex = findLine(lines, /^\s*SolverProblemError$/);
    const end = findLine(lines, /version solving failed\.$/, solverIndex);
    if (end < 0)
        return undefined;
    let start = end;
    while (start > 0 && !/^\s*Because /.test(lines[start]))
        start -= 1;
    const paragraph = lines.slice(start, end + 1);
    const text = paragraph.map((line) => line.trim()).join(' ');
    // "depends on x (1.0) which doesn't match any versions": nothing to choose between (package-not-found.ts).
    if (/which doesn't match any versions/.test(text))
        return undefined;
    const clauses = [...text.matchAll(POETRY_DEPENDS)].map((match) => `${match[1]} (${match[2]}) depends on ${match[3]} (${match[4]})`);
    const contested = [...new Set([...text.matchAll(POETRY_DEPENDS)].map((match) => match[3]))];
    return {
        kind: 'dependency conflict',
        headline: `Poetry found no versions that fit together${clauses.length > 0 ? `: ${clauses.join(' and ')}` : ''}.`,
        fix: `Change the constraints in pyproject.toml so they overlap${contested.length > 0 ? ` on ${joinNames(contested)}` : ''} ` +
            "(another version of a package that depends on it, or a looser range of your own), then run 'poetry lock' and commit poetry.lock.",
        evidence: evidenceLines([...(solverIndex >= 0 ? [lines[solverIndex]] : []), ...paragraph]),
    };
}
const dependencyConflictMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    return npmEresolve(lines) ?? pnpmPeers(lines) ?? pipResolution(lines) ?? poetrySolver(lines);
};

;// CONCATENATED MODULE: ./src/core/diagnosis/lockfile-sync.ts

/**
 * A lockfile that no longer matches the manifest, as the frozen installs say it: `npm ci`, pnpm's
 * ERR_PNPM_OUTDATED_LOCKFILE (with the specifiers it lists), yarn classic's --frozen-lockfile, and Poetry
 * (`poetry lock --check` of 1.x, "changed significantly" of 1.8 and 2.x). The fix is always the same: let the
 * package manager rewrite the lockfile locally and commit it.
 */
const NPM_IN_SYNC = /can only install packages when your package\.json and (?:package-lock\.json|npm-shrinkwrap\.json)[\s\S]*are in sync/;
const NPM_MISSING = /^Missing: (\S+) from lock file$/;
const NPM_INVALID = /^Invalid: lock file's (\S+) does not satisfy (\S+)$/;
function npmOutOfSync(lines, evidence) {
    const plain = lines.map(withoutLogPrefix);
    const header = plain.findIndex((line) => NPM_IN_SYNC.test(line));
    const details = plain.flatMap((line, index) => (NPM_MISSING.test(line) || NPM_INVALID.test(line) ? [index] : []));
    if (header < 0 && details.length === 0)
        return undefined;
    const lockfile = evidence.lockfile ?? (header >= 0 && /only npm-shrinkwrap/.test(plain[header]) ? 'npm-shrinkwrap.json' : 'package-lock.json');
    const parts = details.map((index) => {
        const missing = NPM_MISSING.exec(plain[index]);
        if (missing)
            return `${missing[1]} is missing from it`;
        const invalid = NPM_INVALID.exec(plain[index]);
        return `its ${invalid[1]} does not satisfy ${invalid[2]}`;
    });
    return {
        kind: 'dependency conflict',
        headline: `${lockfile} is out of sync with package.json${parts.length > 0 ? `: ${parts.slice(0, 4).join('; ')}${parts.length > 4 ? ` (and ${parts.length - 4} more)` : ''}` : ''}.`,
        fix: `Run 'npm install' locally (it brings ${lockfile} in line with package.json), check the diff, and commit ${lockfile}.`,
        evidence: evidenceLines([...(header >= 0 ? [lines[header]] : []), ...details.map((index) => lines[index])]),
    };
}
const PNPM_CHANGE = /^\* (\d+) dependenc(?:y|ies) (?:were|was) (added|removed): (.+)$/;
const PNPM_MISMATCHED = /^\* (\d+) dependenc(?:y|ies) (?:are|is) mismatched:$/;
const PNPM_MISMATCH = /^\s+- (\S+) \(lockfile: ([^,]+), manifest: ([^)]+)\)$/;
function pnpmOutdated(lines) {
    const start = findLine(lines, /ERR_PNPM_OUTDATED_LOCKFILE/);
    if (start < 0)
        return undefined;
    const parts = [];
    const kept = [lines[start]];
    for (let index = start + 1; index < lines.length && kept.length < 12; index += 1) {
        const line = lines[index];
        const change = PNPM_CHANGE.exec(line);
        const mismatch = PNPM_MISMATCH.exec(line);
        if (change)
            parts.push(`${change[2]} ${change[3]}`);
        else if (mismatch)
            parts.push(`${mismatch[1]} is ${mismatch[2]} in the lockfile but ${mismatch[3]} in package.json`);
        if (change || mismatch || PNPM_MISMATCHED.test(line) || /Failure reason:|specifiers in the lockfile/.test(line))
            kept.push(line);
    }
    return {
        kind: 'dependency conflict',
        headline: `pnpm-lock.yaml is not up to date with package.json${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`,
        fix: "Run 'pnpm install' locally (it updates pnpm-lock.yaml to package.json's specifiers) and commit pnpm-lock.yaml.",
        evidence: evidenceLines(kept),
    };
}
function yarnFrozen(lines, evidence) {
    const line = lines.find((text) => /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`/.test(text));
    if (line === undefined)
        return undefined;
    const lockfile = evidence.lockfile ?? 'yarn.lock';
    return {
        kind: 'dependency conflict',
        headline: `${lockfile} is out of date with package.json: yarn install --frozen-lockfile would have to change it.`,
        fix: `Run 'yarn install' locally (it updates ${lockfile} to match package.json) and commit ${lockfile}.`,
        evidence: [line],
    };
}
const POETRY_STALE = /^(?!Warning:).*(?:poetry\.lock is not consistent with pyproject\.toml|pyproject\.toml changed significantly since poetry\.lock was last generated)/;
function poetryStale(lines) {
    const line = lines.find((text) => POETRY_STALE.test(text.trimStart()));
    if (line === undefined)
        return undefined;
    return {
        kind: 'dependency conflict',
        headline: 'poetry.lock does not match pyproject.toml: the dependencies changed since the lock was made.',
        fix: "Run 'poetry lock' locally (on Poetry 1.x, 'poetry lock --no-update' keeps the other locked versions), check the diff, and commit poetry.lock.",
        evidence: [line],
    };
}
const lockfileSyncMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    return npmOutOfSync(lines, evidence) ?? pnpmOutdated(lines) ?? yarnFrozen(lines, evidence) ?? poetryStale(lines);
};

;// CONCATENATED MODULE: ./src/core/diagnosis/package-not-found.ts

const package_not_found_NPM_ERROR = /^npm (?:error|ERR!)(?: |$)/;
/** `ms@^9.0.0` → [ms, ^9.0.0]; `@scope/x@1` → [@scope/x, 1]; `x` → [x]. */
function splitSpec(spec) {
    const at = spec.indexOf('@', 1);
    return at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
}
function npm(lines) {
    const npmLine = (pattern) => lines.findIndex((line) => package_not_found_NPM_ERROR.test(line) && pattern.test(withoutLogPrefix(line)));
    const e404 = npmLine(/^code E404$/);
    if (e404 >= 0) {
        const get = npmLine(/^404 Not Found - GET \S+/);
        const resource = npmLine(/^404\s+The requested resource '[^']+' could not be found/);
        const url = get >= 0 ? /GET (\S+)/.exec(lines[get])[1] : undefined;
        const spec = resource >= 0 ? /'([^']+)'/.exec(lines[resource])[1] : url ? decodeURIComponent(url.split('/').slice(-1)[0]) : 'a package';
        const [name, wanted] = splitSpec(spec);
        // A lockfile's tarball URL as the version says nothing the GET line does not.
        return { name, wanted: wanted && /^https?:/.test(wanted) ? undefined : wanted, where: url, tool: 'npm', code: 'npm E404', lines: [e404, get, resource].filter((at) => at >= 0) };
    }
    const notarget = npmLine(/^notarget No matching version found for \S+?\.?$/);
    if (notarget >= 0) {
        const [name, wanted] = splitSpec(/found for (\S+?)\.?$/.exec(lines[notarget])[1]);
        const code = npmLine(/^code ETARGET$/);
        return { name, wanted, tool: 'npm', code: 'npm ETARGET', lines: [code, notarget].filter((at) => at >= 0) };
    }
    return undefined;
}
const PNPM_404 = /ERR_PNPM_FETCH_404\W+GET (\S+?): Not Found/;
const PNPM_NOT_IN = /^(\S+) is not in the npm registry/;
const PNPM_NO_VERSION = /ERR_PNPM_NO_MATCHING_VERSION\W+No matching version found for (\S+) while fetching it from (\S+)$/;
const PNPM_LATEST = /^The latest release of (\S+) is "([^"]+)"/;
const YARN_NO_PACKAGE = /^error Couldn't find package "([^"]+)"(?: required by "([^"]+)")? on the "([^"]+)" registry\.$/;
const YARN_NO_VERSION = /^error Couldn't find any versions for "([^"]+)" that matches "([^"]+)"/;
function pnpmOrYarn(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_404.exec(line))) {
            const notIn = lines.findIndex((text) => PNPM_NOT_IN.test(text));
            const name = notIn >= 0 ? PNPM_NOT_IN.exec(lines[notIn])[1] : decodeURIComponent(match[1].split('/').slice(-1)[0]);
            return { name, where: match[1], tool: 'pnpm', code: 'ERR_PNPM_FETCH_404', lines: [index, ...(notIn >= 0 ? [notIn] : [])] };
        }
        if ((match = PNPM_NO_VERSION.exec(line))) {
            const [name, wanted] = splitSpec(match[1]);
            const latest = lines.findIndex((text) => PNPM_LATEST.test(text));
            return { name, wanted, has: latest >= 0 ? `latest ${PNPM_LATEST.exec(lines[latest])[2]}` : undefined, where: match[2], tool: 'pnpm', code: 'ERR_PNPM_NO_MATCHING_VERSION', lines: [index, ...(latest >= 0 ? [latest] : [])] };
        }
        if ((match = YARN_NO_PACKAGE.exec(line))) {
            const [name, wanted] = splitSpec(match[1]);
            return { name, wanted: wanted && match[2] ? `${wanted}, required by ${match[2]}` : wanted, where: `the "${match[3]}" registry`, tool: 'yarn', code: "yarn: Couldn't find package", lines: [index] };
        }
        if ((match = YARN_NO_VERSION.exec(line)))
            return { name: match[1], wanted: match[2], tool: 'yarn', code: "yarn: Couldn't find any versions", lines: [index] };
    }
    return undefined;
}
const PIP_NO_VERSION = /^ERROR: Could not find a version that satisfies the requirement (\S+?)(?: \(from [^)]*\))? \(from versions: ([^)]*)\)$/;
const POETRY_NO_VERSION = /depends on (\S+) \(([^)]+)\) which doesn't match any versions, version solving failed\.$/;
function python(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PIP_NO_VERSION.exec(line))) {
            const name = /^[A-Za-z0-9._-]+/.exec(match[1])?.[0] ?? match[1];
            const looking = lines.findIndex((text) => /^Looking in (indexes|links): /.test(text));
            const noMatching = lines.findIndex((text) => text.startsWith('ERROR: No matching distribution found for'));
            return {
                name,
                wanted: match[1] === name ? undefined : match[1].slice(name.length),
                has: match[2] === 'none' ? 'none' : match[2],
                where: looking >= 0 ? lines[looking].replace(/^Looking in (indexes|links): /, '') : undefined,
                tool: 'pip',
                code: 'pip',
                lines: [looking, index, noMatching].filter((at) => at >= 0),
            };
        }
        if ((match = POETRY_NO_VERSION.exec(line.trim())))
            return { name: match[1], wanted: match[2], tool: 'poetry', code: 'Poetry', lines: [index] };
    }
    return undefined;
}
function headline(missing) {
    const where = missing.where ? `${/^https?:\/\/\S+\/[^/]+$/.test(missing.where) ? ' at' : ' on'} ${missing.where}` : '';
    if (missing.tool === 'pip') {
        return missing.has === 'none'
            ? `pip found no version at all of ${missing.name}${missing.wanted ? ` (wanted ${missing.wanted})` : ''}${where} (from versions: none).`
            : `No version of ${missing.name} satisfies ${missing.name}${missing.wanted ?? ''}${where} (it has ${missing.has}).`;
    }
    const version = missing.wanted ? ` matching ${missing.wanted}` : '';
    const has = missing.has ? ` (${missing.has})` : '';
    const noPackage = missing.code === 'npm E404' || missing.code === 'ERR_PNPM_FETCH_404' || missing.code === "yarn: Couldn't find package";
    if (noPackage)
        return `The package ${missing.name}${missing.wanted ? `@${missing.wanted}` : ''} was not found${where} (${missing.code}).`;
    return `No version of ${missing.name}${version} was found${where}${has} (${missing.code}).`;
}
function fix(missing) {
    switch (missing.tool) {
        case 'npm':
        case 'pnpm':
        case 'yarn':
            return (`Check the name and the version of ${missing.name} in package.json (a typo, a version not yet published: '${missing.tool === 'yarn' ? 'yarn info' : `${missing.tool} view`} ${missing.name} versions' lists what exists); ` +
                "check the registry configured for it (.npmrc: 'registry' and the '@scope:registry' line of a scoped package); " +
                'for a private registry, check the token the workflow gives (NODE_AUTH_TOKEN): some registries answer 404 to a reader they do not know.');
        case 'pip':
            return (`Check the name and the version of ${missing.name} (requirements, pyproject.toml) against what the index has; check the index configured (PIP_INDEX_URL, --index-url, --extra-index-url, --find-links); ` +
                "for a private index, check its credentials: pip does not show an index page's 401 or 404 at its default verbosity (run it with -v to see them).");
        case 'poetry':
            return `Check the name and the range of ${missing.name} in pyproject.toml against the versions the source has, the sources configured ([[tool.poetry.source]]), and a private source's credentials (POETRY_HTTP_BASIC_<SOURCE>_USERNAME and _PASSWORD).`;
    }
}
const packageNotFoundMatcher = (evidence) => {
    if (evidence.stage === 'test')
        return undefined;
    const lines = plainLines(evidence.output);
    const missing = npm(lines) ?? pnpmOrYarn(lines) ?? python(lines);
    if (missing === undefined)
        return undefined;
    return {
        kind: 'package not found',
        headline: headline(missing),
        fix: fix(missing),
        evidence: evidenceLines([...new Set(missing.lines)].sort((a, b) => a - b).map((index) => lines[index])),
    };
};

;// CONCATENATED MODULE: ./src/core/diagnosis/registry-faults.ts

const NETWORK_CODES = 'ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_SOCKET_TIMEOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|UND_ERR_CONNECT_TIMEOUT';
const NPM_CODE = new RegExp(`^code (${NETWORK_CODES})$`);
const NPM_REQUEST = /(?:network request|FetchError: request) to (\S+) failed, reason: (.*)$/;
const PNPM_FETCH = new RegExp(`ERR_PNPM_\\w*FETCH_FAIL\\W+GET (\\S+?):? .*\\b(${NETWORK_CODES})\\b(.*)$`);
const YARN_NETWORK = new RegExp(`^error (?:Error: |An unexpected error occurred: "(\\S+?): )?(?:connect |getaddrinfo |read )?(${NETWORK_CODES})\\b(.*)$`);
const GYP_NETWORK = /^gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and$|^gyp ERR! stack .*\b(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN)\b/;
const PIP_RETRY = /^WARNING: Retrying \(Retry\(.*\)\) after connection broken by '(\w+)\(.*?(Failed to establish a new connection: [^')]+|Name or service not known|Temporary failure in name resolution|Read timed out[^')]*)/;
const PIP_OS_ERROR = /^ERROR: Could not install packages due to an OSError: (HTTPS?ConnectionPool\(host='[^']+', port=\d+\)): Max retries exceeded/;
const URLLIB3_POOL = /^\s*(HTTPS?ConnectionPool\(host='([^']+)', port=(\d+)\)): Max retries exceeded with url: (\S+) \(Caused by (\w+)/;
const URLLIB3_REASON = /Failed to establish a new connection: [^')]+|Name or service not known|Temporary failure in name resolution|Read timed out/;
function unreachable(lines) {
    const plain = lines.map(withoutLogPrefix);
    const npmCode = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_CODE.test(plain[index]));
    const npmRequest = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_REQUEST.test(plain[index]));
    if (npmCode >= 0 || npmRequest >= 0) {
        const request = npmRequest >= 0 ? NPM_REQUEST.exec(plain[npmRequest]) : null;
        const code = npmCode >= 0 ? NPM_CODE.exec(plain[npmCode])[1] : undefined;
        return { lines: [npmCode, npmRequest].filter((at) => at >= 0), what: request ? `${request[1]} (${request[2]})` : `the registry (${code})`, ecosystem: 'node' };
    }
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_FETCH.exec(line)))
            return { lines: [index], what: `${match[1]} (${match[2]}${match[3]})`, ecosystem: 'node' };
        if ((match = YARN_NETWORK.exec(line)))
            return { lines: [index], what: `${match[1] ?? 'the registry'} (${match[2]}${match[3]})`.replace(/ \(\s*/, ' ('), ecosystem: 'node' };
        if (/^info There appears to be trouble with your network connection\. Retrying\.\.\.$/.test(line))
            return { lines: [index], what: 'the registry (yarn: trouble with the network connection)', ecosystem: 'node' };
        if (GYP_NETWORK.test(withoutLogPrefix(line))) {
            const download = lines.slice(0, index).reverse().find((text) => /gyp http GET \S+/.test(text));
            const url = download ? /gyp http GET (\S+)/.exec(download)[1] : 'the headers URL';
            const reason = /stack Error: (.*)$/.exec(withoutLogPrefix(line))?.[1];
            const why = reason && !/most likely not a problem/.test(reason) ? ` (${reason.trim()})` : '';
            return { lines: [...(download ? [lines.lastIndexOf(download, index)] : []), index], what: `${url}${why}`, ecosystem: 'node-gyp' };
        }
        if ((match = PIP_RETRY.exec(line)))
            return { lines: [index], what: `${pipRetriedIndexes(lines)} (${match[2]})`, ecosystem: 'python' };
        if ((match = PIP_OS_ERROR.exec(line)))
            return { lines: [index], what: match[1], ecosystem: 'python' };
        if ((match = URLLIB3_POOL.exec(line)))
            return { lines: [index], what: `${match[2]}:${match[3]}${match[4]} (${URLLIB3_REASON.exec(line)?.[0] ?? match[5]})`, ecosystem: 'python' };
    }
    return undefined;
}
/**
 * The indexes pip retried, of those it was "Looking in": its retry lines name only the path it asked for
 * ("...': /simple/charts/"), so an index is named when the path is under its own and no other index's could be
 * meant; an index that answered (the public one beside an unreachable private one) is not listed.
 */
function pipRetriedIndexes(lines) {
    const looking = lines.find((text) => /^Looking in indexes: /.test(text));
    const indexes = looking ? looking.replace(/^Looking in indexes: /, '').split(/,\s*/).filter((url) => url !== '') : [];
    const retried = new Set(lines.map((text) => PIP_RETRY.test(text) ? /': (\/\S*)$/.exec(text)?.[1] : undefined).filter((path) => path !== undefined));
    const pathOf = (url) => {
        try {
            return new URL(url).pathname.replace(/\/?$/, '/');
        }
        catch {
            return url;
        }
    };
    const named = new Set();
    const ambiguous = [];
    for (const path of retried) {
        const under = indexes.filter((url) => path.startsWith(pathOf(url)));
        // The longest index path that holds it is the one meant; several indexes with that same path cannot be told apart.
        const longest = Math.max(...under.map((url) => pathOf(url).length));
        const candidates = under.filter((url) => pathOf(url).length === longest);
        if (candidates.length === 1)
            named.add(candidates[0]);
        else if (candidates.length > 1)
            ambiguous.push(`one of ${candidates.join(', ')} (pip names only the path it retried, ${path})`);
    }
    const listed = [...named, ...ambiguous];
    if (listed.length > 0)
        return listed.join('; ');
    return indexes.length === 0 ? 'the package index' : indexes.length === 1 ? indexes[0] : `one of ${indexes.join(', ')}`;
}
const NPM_AUTH_CODE = /^code (E401|E403|ENEEDAUTH)$/;
const PNPM_AUTH = /ERR_PNPM_FETCH_(401|403)\W+GET (\S+?): (.*)$/;
const YARN_AUTH = /^error .*?(?:Request failed \\?"(40[13] [^"\\]+)\\?"|(authorization required to access package \S+|401 Unauthorized|403 Forbidden))/;
const PIP_AUTH = /HTTP error (40[13]) while getting (\S+)|(40[13]) Client Error: (\w+) for url: (\S+)/;
const PIP_PROMPT = /^User for (\S+): /;
const POETRY_AUTH = /Authorization error accessing (\S+)/;
function refused(lines) {
    const plain = lines.map(withoutLogPrefix);
    const npmCode = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_AUTH_CODE.test(plain[index]));
    if (npmCode >= 0) {
        const detail = lines.slice(npmCode + 1, npmCode + 3).filter((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log/.test(line));
        const forbidden = /40[13] \S+ - (?:GET|PUT) (\S+)(?: - (.*))?$/.exec(plain[npmCode + 1] ?? '');
        return {
            lines: [npmCode, ...detail.map((line) => lines.indexOf(line, npmCode))],
            what: forbidden ? `${forbidden[1]} (${NPM_AUTH_CODE.exec(plain[npmCode])[1]}${forbidden[2] ? `: ${forbidden[2]}` : ''})` : `the registry (${NPM_AUTH_CODE.exec(plain[npmCode])[1]}: ${withoutLogPrefix(detail[0] ?? '').trim()})`,
            ecosystem: 'node',
        };
    }
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_AUTH.exec(line)))
            return { lines: [index], what: `${match[2]} (${match[3]})`, ecosystem: 'node' };
        if ((match = YARN_AUTH.exec(line)))
            return { lines: [index], what: `the registry (${match[1] ?? match[2]})`, ecosystem: 'node' };
        if ((match = POETRY_AUTH.exec(line)))
            return { lines: [index], what: `${match[1]} (authorization error)`, ecosystem: 'python' };
        if ((match = PIP_PROMPT.exec(line)))
            return { lines: [index], what: `${match[1]} (pip asked for a user and password, and there was no one to answer)`, ecosystem: 'python' };
        if ((match = PIP_AUTH.exec(line)))
            return { lines: [index], what: `${match[2] ?? match[5]} (HTTP ${match[1] ?? `${match[3]} ${match[4]}`})`, ecosystem: 'python' };
    }
    return undefined;
}
const UNREACHABLE_HEADLINES = {
    node: 'The registry could not be reached',
    python: 'The package index could not be reached',
    'node-gyp': "node-gyp could not download Node's headers",
};
const UNREACHABLE_FIXES = {
    node: "Check the network, the registry URL (.npmrc: 'registry' and any '@scope:registry' lines) and any proxy settings; running again may pass if it was a passing fault.",
    python: 'Check the network, the index URL (PIP_INDEX_URL, --index-url, Poetry sources) and any proxy settings; running again may pass if it was a passing fault.',
    'node-gyp': "node-gyp could not download Node's headers to build a native addon: point it at installed headers (npm_config_nodedir), let the download through (dist-url, proxy), or use a version of the package with prebuilt binaries.",
};
const REFUSED_FIXES = {
    node: "Check the token the workflow gives (NODE_AUTH_TOKEN, the _authToken line of .npmrc for that registry's host), that it has not expired, and that it may read these packages.",
    python: "Give the install the index's credentials (a user and token in PIP_INDEX_URL or keyring; Poetry: POETRY_HTTP_BASIC_<SOURCE>_USERNAME and _PASSWORD) and check that the token may read these packages.",
};
function diagnosis(kind, fault, lines) {
    return {
        kind,
        headline: kind === 'registry unreachable' ? `${UNREACHABLE_HEADLINES[fault.ecosystem]}: ${fault.what}.` : `The ${fault.ecosystem === 'python' ? 'package index' : 'registry'} refused the credentials: ${fault.what}.`,
        fix: kind === 'registry unreachable' ? UNREACHABLE_FIXES[fault.ecosystem] : REFUSED_FIXES[fault.ecosystem === 'python' ? 'python' : 'node'],
        evidence: evidenceLines(fault.lines.sort((a, b) => a - b).map((index) => lines[index])),
    };
}
const installsPackages = (evidence) => evidence.stage !== 'test';
const credentialsRefusedMatcher = (evidence) => {
    if (!installsPackages(evidence))
        return undefined;
    const lines = plainLines(evidence.output);
    const fault = refused(lines);
    return fault && diagnosis('credentials refused', fault, lines);
};
const registryUnreachableMatcher = (evidence) => {
    if (!installsPackages(evidence))
        return undefined;
    const lines = plainLines(evidence.output);
    const fault = unreachable(lines);
    return fault && diagnosis('registry unreachable', fault, lines);
};

;// CONCATENATED MODULE: ./src/core/diagnosis/test-failure.ts

const PREFIX = '^(?:error: |Error: |Failed: |::error::)?';
const MESSAGES = [
    {
        pattern: new RegExp(`${PREFIX}((\\d+) of (\\d+) tests failed(?:, (\\d+) errors? outside any test .*)?\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Fix the failing tests (or the code they test): each is annotated at its file and line and listed in the test summary's Failures section; run the test command locally to reproduce.",
    },
    {
        pattern: new RegExp(`${PREFIX}((\\d+) errors? outside any test \\(a file that failed to load, or the runner itself\\)\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "A test file failed to load or the runner failed outside any test: the error is annotated at its file and listed in the summary's Failures section.",
    },
    {
        pattern: new RegExp(`${PREFIX}(No test was executed.*A step that tests nothing fails unless 'allow-no-tests' is true\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Check that the test files are where the runner looks (its configuration, the test script, the shard's files); set 'allow-no-tests: true' for a project that has no tests yet.",
    },
    {
        pattern: new RegExp(`${PREFIX}(Line coverage is .* below the threshold of .* %\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Add tests for the least covered files (the summary's Coverage section lists them), or lower 'coverage-threshold' if it is set too high.",
    },
    {
        pattern: new RegExp(`${PREFIX}(Line coverage could not be measured, and 'coverage-threshold' is .* %\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Make the runner write coverage (add its coverage package, e.g. @vitest/coverage-v8 or pytest-cov, to the dev dependencies), or remove 'coverage-threshold'.",
    },
    {
        pattern: new RegExp(`${PREFIX}('.*' did not finish within (\\d+) min \\(timeout-minutes\\) and was stopped with every process it started\\.) Its last lines:$`),
        kind: 'timeout',
        headline: (match) => match[1],
        fix: 'Find what hangs in the last lines (a test waiting on a server, an open handle that keeps the runner alive, a prompt), or raise timeout-minutes if the suite has grown.',
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}('.*' exited with code (\\d+); how many tests failed is unknown .*)\\. Its last lines:$`),
        kind: 'test failure',
        headline: (match) => `The test command failed: ${match[1].replace(/ \(.*$/, '')}.`,
        fix: 'Read its last lines below. The action reads per-test results from jest, vitest, node --test and pytest: run the tests through one of them to have each failure named.',
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}('.*' exited with code (\\d+) although no test failed\\.) Its last lines:$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Read its last lines below: a failing hook or teardown, an error after the tests, or a coverage tool's own threshold fails the run without failing a test.",
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}((\\S+) crashed: '.*' exited with code (\\d+) and (.*))\\. Its last lines:$`),
        kind: 'test failure',
        headline: (match) => `The test runner ${match[2]} crashed: it exited with code ${match[3]} and ${match[4]}.`,
        fix: 'The runner stopped before writing its results: read its last lines below (a configuration error, a file that fails to load, or the runner itself missing: install the dev dependencies first, with setup-deps).',
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}(The results of shards? .* are missing in .*: those tests were not counted\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Check that every shard job ran and passed its results to the merge job (the same 'results-directory' and artifact names in each).",
    },
    {
        pattern: new RegExp(`${PREFIX}(\\d+ test files? ran in no shard .*)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: 'Re-run the workflow, or keep one run at a time with a concurrency group, so all shards plan from the same timings.',
    },
];
const TAIL_LINES = 11;
const testFailureMatcher = (evidence) => {
    if (evidence.stage !== 'test')
        return undefined;
    const lines = plainLines(evidence.output);
    for (let index = lines.length - 1; index >= 0; index -= 1) {
        for (const message of MESSAGES) {
            const match = message.pattern.exec(lines[index]);
            if (!match)
                continue;
            const tail = message.tail ? lines.slice(index + 1).filter((line) => line.trim() !== '').slice(-TAIL_LINES) : [];
            const diagnosis = { kind: message.kind, headline: message.headline(match), fix: message.fix, evidence: evidenceLines([lines[index], ...tail]) };
            return diagnosis;
        }
    }
    return undefined;
};

;// CONCATENATED MODULE: ./src/core/diagnosis/tool-version.ts

const NODE_FIX = "Run the step with the version the project asks for (actions/setup-node's node-version or node-version-file before this step), or change the engines field if the project does run on this version";
const PNPM_VERSION = /This project is configured to use v?(\S+) of pnpm\. Your current pnpm is v?(\S+)$/;
const PNPM_OTHER = /This project is configured to use (npm|yarn|bun|deno)\b/;
const PNPM_ENGINE = /ERR_PNPM_UNSUPPORTED_ENGINE/;
const YARN_ENGINE = /^error (\S+): The engine "(\w+)" is incompatible with this module\. Expected version "([^"]+)"\. Got "([^"]+)"$/;
const POETRY_LOCK = /^The lock file is not compatible with the current version of Poetry\.$/;
const PIP_IGNORED = /^ERROR: Ignored the following versions that require a different python version: (.+)$/;
const PIP_NONE = /^ERROR: Could not find a version that satisfies the requirement (\S+) \(from versions: none\)$/;
const PIP_PACKAGE = /^ERROR: Package '([^']+)' requires a different Python: (\S+) not in '([^']+)'$/;
function npmEngine(lines) {
    const npmLine = (pattern, from = 0) => lines.findIndex((line, index) => index >= from && /^npm (?:error|ERR!) /.test(line) && pattern.test(withoutLogPrefix(line)));
    const code = npmLine(/^code EBADENGINE$/);
    if (code < 0)
        return undefined;
    const who = npmLine(/^notsup Not compatible with your version of node\/npm: /, code);
    const required = npmLine(/^notsup Required: /, code);
    const actual = npmLine(/^notsup Actual: /, code);
    const text = (at, pattern) => (at >= 0 ? withoutLogPrefix(lines[at]).replace(pattern, '').trim() : undefined);
    const pkg = text(who, /^notsup Not compatible with your version of node\/npm: /);
    const wants = text(required, /^notsup Required: /);
    const has = text(actual, /^notsup Actual: /);
    return {
        headline: `npm refused to install: ${pkg ?? 'a package'} requires ${wants ?? 'another Node or npm'} (engines)${has ? `, and this is ${has}` : ''} (npm EBADENGINE, engine-strict).`,
        fix: `${NODE_FIX} (for a dependency: a version of it that supports this Node). engine-strict (.npmrc) is what makes npm refuse rather than warn.`,
        lines: [code, who, required, actual].filter((at) => at >= 0),
    };
}
function other(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_VERSION.exec(line))) {
            return {
                headline: `pnpm refused to run: package.json's packageManager pins pnpm ${match[1]}, and this is pnpm ${match[2]} (ERR_PNPM_BAD_PM_VERSION).`,
                fix: `Install pnpm ${match[1]} before this step (pnpm/action-setup, or corepack enable), or update the packageManager field to the pnpm you use.`,
                lines: [index],
            };
        }
        if (/ERR_PNPM_BAD_PM_VERSION/.test(line)) {
            return {
                headline: "pnpm refused to run as another version than the one package.json's packageManager pins (ERR_PNPM_BAD_PM_VERSION).",
                fix: 'Install the pnpm version that packageManager names before this step (pnpm/action-setup, or corepack enable), or update the packageManager field.',
                lines: [index],
            };
        }
        if ((match = PNPM_OTHER.exec(line))) {
            return {
                headline: `pnpm refused to run: package.json's packageManager names ${match[1]}.`,
                fix: `Install with ${match[1]} (the package manager the project names; the 'package-manager' input overrides the detection), or change the packageManager field.`,
                lines: [index],
            };
        }
        if (PNPM_ENGINE.test(line)) {
            const at = (pattern) => lines.findIndex((text, position) => position > index && pattern.test(text));
            const which = at(/^Your (Node|pnpm) version is incompatible with /);
            const expected = at(/^Expected version: /);
            const got = at(/^Got: /);
            const tool = which >= 0 ? /^Your (\w+)/.exec(lines[which])[1] : 'Node';
            return {
                headline: `pnpm refused to install: the project wants ${tool} ${expected >= 0 ? lines[expected].replace(/^Expected version: /, '') : 'another version'}${got >= 0 ? `, and this is ${lines[got].replace(/^Got: /, '')}` : ''} (engines; ERR_PNPM_UNSUPPORTED_ENGINE).`,
                fix: `${NODE_FIX}. engine-strict is what makes pnpm refuse rather than warn.`,
                lines: [index, which, expected, got].filter((position) => position >= 0),
            };
        }
        if ((match = YARN_ENGINE.exec(line))) {
            return {
                headline: `yarn refused to install: ${match[1]} wants ${match[2]} ${match[3]}, and this is ${match[4]} (engines).`,
                fix: `${NODE_FIX} (for a dependency: a version of it that supports this Node). yarn 1 checks engines on every install ('--ignore-engines' skips the check, at your risk).`,
                lines: [index],
            };
        }
        if (POETRY_LOCK.test(line.trim())) {
            return {
                headline: 'poetry.lock was written by a newer Poetry than this one: the lock file is not compatible with the current version of Poetry.',
                fix: "Install the Poetry version that wrote poetry.lock before this step (pipx install poetry==<version>), or regenerate poetry.lock with this Poetry ('poetry lock') and commit it.",
                lines: [index],
            };
        }
        if ((match = PIP_PACKAGE.exec(line))) {
            return {
                headline: `${match[1]} requires Python ${match[3]}, and this is Python ${match[2]} (Requires-Python).`,
                fix: `Run the step with a Python that ${match[1]} supports (actions/setup-python's python-version before this step), or take a version of ${match[1]} that supports Python ${match[2]}.`,
                lines: [index],
            };
        }
        if ((match = PIP_IGNORED.exec(line))) {
            // Only when nothing else was found: with other versions on offer, the requirement itself may be what is wrong.
            const none = lines.findIndex((text, position) => position > index && PIP_NONE.test(text));
            if (none < 0)
                continue;
            const requirement = PIP_NONE.exec(lines[none])[1];
            return {
                headline: `pip found no version of ${requirement} for this Python: every version on the index requires another Python (${match[1]}).`,
                fix: `Run the step with a Python those versions support (actions/setup-python's python-version before this step), or require a version of ${requirement} that supports this Python.`,
                lines: [index, none],
            };
        }
    }
    return undefined;
}
const toolVersionMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    const refusal = npmEngine(lines) ?? other(lines);
    if (refusal === undefined)
        return undefined;
    return { kind: 'tool version', headline: refusal.headline, fix: refusal.fix, evidence: evidenceLines(refusal.lines.sort((a, b) => a - b).map((index) => lines[index])) };
};

;// CONCATENATED MODULE: ./src/core/diagnosis/diagnosis.ts








const EVIDENCE_LINES = 12;
/** The last non-empty lines of `text`. */
function lastLines(text, count = EVIDENCE_LINES) {
    return text.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '').slice(-count);
}
/** The stages' own words for a step stopped at its deadline (run-with-deadline.ts). */
const STOPPED_AT_TIMEOUT = /did not finish within ([\d.]+) min \(timeout-minutes\)/;
const SLOWEST_SEEN = /[Tt]he slowest part seen: (.+?)\.(?: Its last lines|\s*$)/m;
const STOPPED_COMMAND = /'([^'\n]+)'[^'\n]* did not finish within/;
function timeoutMatcher(evidence) {
    const stated = STOPPED_AT_TIMEOUT.exec(evidence.output);
    if (evidence.timedOut === undefined && stated === null)
        return undefined;
    const minutes = evidence.timedOut?.minutes ?? Number(stated[1]);
    const slowest = evidence.timedOut?.slowest ?? SLOWEST_SEEN.exec(evidence.output)?.[1];
    const command = STOPPED_COMMAND.exec(evidence.output)?.[1];
    return {
        kind: 'timeout',
        headline: `${evidence.stage} did not finish within ${minutes} min (timeout-minutes)${command ? ` while running '${command}'` : ''} and was stopped with every process it started${slowest ? `; the slowest part seen: ${slowest}` : ''}.`,
        fix: `Find what hangs or slowed down in the last lines (a test waiting on a server, a prompt, a network call), or raise timeout-minutes if the work has grown.`,
        evidence: lastLines(evidence.output),
    };
}
function unknownDiagnosis(evidence) {
    return {
        kind: 'unknown',
        headline: `${evidence.stage} failed in a way this action does not recognise.`,
        fix: 'Read its last lines and the full log for the cause.',
        evidence: lastLines(evidence.output),
    };
}
/**
 * The matchers, most specific first: a stage stopped at its timeout; a tree restored broken from the cache (only
 * when it was restored); the registry refusing or out of reach (its noise must not read as a conflict); a tool of
 * the wrong version (pip's "from versions: none" after skipping every version for Requires-Python is that, not a
 * missing package); a package or version the registry does not have; lockfiles out of sync, then conflicting
 * requirements; compile errors; last, the test action's own verdicts, whose crash and exit-code messages carry runner output the others read first.
 */
const MATCHERS = [
    timeoutMatcher,
    cacheTroubleMatcher,
    credentialsRefusedMatcher,
    registryUnreachableMatcher,
    toolVersionMatcher,
    packageNotFoundMatcher,
    lockfileSyncMatcher,
    dependencyConflictMatcher,
    compileErrorMatcher,
    testFailureMatcher,
];
function diagnoseFailure(evidence) {
    for (const matcher of MATCHERS) {
        const diagnosis = matcher(evidence);
        if (diagnosis !== undefined)
            return diagnosis;
    }
    return unknownDiagnosis(evidence);
}
/** The first line of every formatted diagnosis: how a message that already holds one is recognised. */
const DIAGNOSIS_PREFIX = 'Diagnosis: ';
/** The diagnosis as text for a failure message: kind and headline, the fix, then the evidence lines. */
function formatDiagnosis(diagnosis) {
    const lines = [`${DIAGNOSIS_PREFIX}${diagnosis.kind}. ${diagnosis.headline}`, `Fix: ${diagnosis.fix}`];
    if (diagnosis.evidence.length > 0)
        lines.push('Evidence:', ...diagnosis.evidence.map((line) => `  ${line}`));
    return lines.join('\n');
}
function holdsDiagnosis(message) {
    return message.includes(DIAGNOSIS_PREFIX);
}


/***/ }),

/***/ 8271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ formatDiagnosisBeside),
/* harmony export */   IQ: () => (/* binding */ withDiagnosis),
/* harmony export */   Ik: () => (/* binding */ diagnosisSummary)
/* harmony export */ });
/* unused harmony export readDiagnosis */
/* harmony import */ var _diagnosis_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9864);

/** How the stages introduce the tool output they quote in a failure message. */
const QUOTES_TOOL_OUTPUT = /\b(its|their) last lines\b/i;
/**
 * A failure message with its diagnosis after it. A message that already holds one (a stage that diagnosed the
 * tool's whole output where it ran it) is kept as it is. Evidence lines the message already shows (its last
 * lines) are not printed twice: the diagnosis points at them instead.
 */
function withDiagnosis(message, evidence) {
    if ((0,_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .holdsDiagnosis */ .CV)(message))
        return message;
    // A message of the action's own (a refused input, the count of lint findings, the failing tests the test action
    // annotated and listed) already says what to fix: a diagnosis would only repeat it. One is added where the message
    // quotes a tool's output (or the stage was stopped at its timeout).
    if (evidence.output === undefined && evidence.timedOut === undefined && !QUOTES_TOOL_OUTPUT.test(message))
        return message;
    const diagnosis = (0,_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnoseFailure */ .xo)({ ...evidence, output: evidence.output ?? message });
    return `${message}\n${formatDiagnosisBeside(message, diagnosis)}`;
}
/** formatDiagnosis, without the evidence lines when `message` shows every one of them already. */
function formatDiagnosisBeside(message, diagnosis) {
    const shown = new Set(message.split(/\r?\n/).map((line) => line.trim()));
    const repeated = diagnosis.evidence.length > 0 && diagnosis.evidence.every((line) => shown.has(line.trim()));
    return (0,_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnosis */ .Nb)(repeated ? { ...diagnosis, evidence: [], fix: `${diagnosis.fix} (The evidence is in the lines above.)` } : diagnosis);
}
const KINDS = [
    'dependency conflict',
    'compile error',
    'test failure',
    'timeout',
    'cache trouble',
    'registry unreachable',
    'credentials refused',
    'package not found',
    'tool version',
    'unknown',
];
/** What a formatted diagnosis in a failure message says, read back for the summary (undefined when it holds none). */
function readDiagnosis(message) {
    const start = message.indexOf(_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSIS_PREFIX */ .f4);
    if (start < 0)
        return undefined;
    const lines = message.slice(start + _diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSIS_PREFIX */ .f4.length).split(/\r?\n/);
    const first = lines[0];
    const kind = KINDS.find((name) => first.startsWith(`${name}. `));
    if (kind === undefined)
        return undefined;
    const fixLine = lines.find((line) => line.startsWith('Fix: '));
    const evidenceAt = lines.indexOf('Evidence:');
    const evidence = evidenceAt < 0 ? [] : lines.slice(evidenceAt + 1).filter((line) => line.startsWith('  ')).map((line) => line.slice(2));
    return { kind, headline: first.slice(kind.length + 2), fix: fixLine?.slice('Fix: '.length) ?? '', evidence };
}
/** The summary's diagnosis section: one entry per failed stage whose message holds a diagnosis. */
function diagnosisSummary(failures) {
    const document = [];
    for (const { stage, message } of failures) {
        const diagnosis = readDiagnosis(message);
        if (diagnosis === undefined)
            continue;
        document.push({ kind: 'heading', text: `Diagnosis: ${stage} — ${diagnosis.kind}` }, { kind: 'paragraph', text: diagnosis.headline }, { kind: 'paragraph', text: `**Fix:** ${diagnosis.fix}` });
        // Evidence left out of the message because the message shows it: the summary shows the message's last lines.
        const evidence = diagnosis.evidence.length > 0 ? diagnosis.evidence : (0,_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .lastLines */ .w$)(message.slice(0, message.indexOf(_diagnosis_js__WEBPACK_IMPORTED_MODULE_0__/* .DIAGNOSIS_PREFIX */ .f4)));
        if (evidence.length > 0)
            document.push({ kind: 'code', lines: evidence });
    }
    return document;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/* unused harmony exports StageUnavailable, isStageUnavailable */
/**
 * An error the user can fix (bad input, a project the action cannot handle as it stands). The error
 * boundary reports it as a plain message, without a stack; any other error is a bug and keeps its stack.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
function isConfigurationError(error) {
    return error instanceof Error && error.name === 'ConfigurationError';
}
/**
 * A stage that cannot run here and is not a failure: the pipeline reports it as skipped with this message (the
 * local run's image stage on a project without a Dockerfile, or on a machine where no Docker engine answers).
 */
class StageUnavailable extends (/* unused pure expression or super */ null && (Error)) {
    name = 'StageUnavailable';
}
function isStageUnavailable(error) {
    return error instanceof Error && error.name === 'StageUnavailable';
}


/***/ }),

/***/ 3031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ digestText),
/* harmony export */   z: () => (/* binding */ digestParts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _name_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7513);


/** A stable digest of named parts: each part's name and length are hashed too, so parts cannot run together. */
function digestParts(parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of [...parts].sort((a, b) => (0,_name_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareNames */ .M)(a.name, b.name))) {
        hash.update(`${part.name}\0${Buffer.byteLength(part.content)}\0`);
        hash.update(part.content);
        hash.update('\0');
    }
    return hash.digest('hex');
}
function digestText(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ compareNames)
/* harmony export */ });
/** Names made of these only: ICU's root collation orders them exactly as their code points (name-order.test.ts checks it). */
const CODE_POINT_ORDERED = /^[a-z0-9./-]*$/;
/**
 * The order of `a.localeCompare(b)`, which keys and reports have always been made with, without its first-call
 * cost: ICU's collator takes about 5 ms to set up in a fresh Node, and the exact hit's only use of it is to order a
 * project's key files (package.json, package-lock.json, requirements-dev.txt...). Two such plain names are ordered
 * by code point, which gives the same answer; any other pair goes to localeCompare.
 */
function compareNames(a, b) {
    if (CODE_POINT_ORDERED.test(a) && CODE_POINT_ORDERED.test(b))
        return a < b ? -1 : a > b ? 1 : 0;
    return a.localeCompare(b);
}


/***/ }),

/***/ 6974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NK: () => (/* binding */ resolveOutputPath)
/* harmony export */ });
/* unused harmony exports isWithin, shownPath, resolveArtifactsFolder, artifactsInsideProject */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);


function shown(value) {
    return value.length > 80 ? `${value.slice(0, 80)}… (${value.length} characters)` : value;
}
/** `child` is `parent` or lies below it (by the path, as given: the caller resolves both). */
function isWithin(parent, child) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(parent), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(child));
    return !(relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}
/** A path for the user to read: relative to the repository root inside it, absolute outside it (the run's temporary folder). */
function shownPath(repositoryRoot, file) {
    return isWithin(repositoryRoot, file) ? path.relative(path.resolve(repositoryRoot), path.resolve(file)).split(path.sep).join('/') : path.resolve(file);
}
function accepted(places, relativeTo) {
    return `Give a path inside the repository, relative to ${relativeTo}${places.temp ? `, or an absolute path inside the run's temporary folder ${places.temp}` : ''}.`;
}
/**
 * A path input, resolved against `base` (the workspace unless given). It must lead into the workspace or into the
 * run's temporary folder; anything else is refused with the input's name, its value, where it leads and what is
 * accepted. `relativeTo` names `base` in that message.
 */
function resolveOutputPath(places, name, value, base = places.workspace, relativeTo = 'its root') {
    if (value.includes('\0') || value.split(/[\\/]/).some((segment) => Buffer.byteLength(segment) > 255)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is '${shown(value)}', which is not a usable path (a folder name over 255 bytes, or a NUL character). ${accepted(places, relativeTo)}`);
    }
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(base, value);
    if (isWithin(places.workspace, resolved) || (places.temp !== undefined && isWithin(places.temp, resolved)))
        return resolved;
    const where = places.temp ? `outside the workspace ${places.workspace} and the run's temporary folder ${places.temp}` : `outside the workspace ${places.workspace}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is '${shown(value)}', which leads to ${resolved}, ${where}. ${accepted(places, relativeTo)}`);
}
/**
 * build's `artifacts-directory`: a folder inside the project (relative to it, as ever), or an absolute path inside
 * the workspace or the run's temporary folder. The action empties its package files there, so it may be none of
 * the project folder, the repository root and the temporary folder themselves.
 */
function resolveArtifactsFolder(places, projectDirectory, value) {
    const resolved = resolveOutputPath(places, 'artifacts-directory', value, projectDirectory, 'the project');
    const roots = [projectDirectory, places.workspace, ...(places.temp ? [places.temp] : [])].map((root) => path.resolve(root));
    if (roots.includes(resolved)) {
        throw new ConfigurationError(`Input 'artifacts-directory' is '${shown(value)}', which is ${resolved} itself: the action empties its package files there, so give a folder inside it, such as dist-artifacts.`);
    }
    return resolved;
}
/** The artifacts folder relative to the project, when it lies inside it (its tracked files do not count as sources); otherwise none. */
function artifactsInsideProject(projectDirectory, artifactsDirectory) {
    const resolved = path.resolve(projectDirectory, artifactsDirectory);
    if (!isWithin(projectDirectory, resolved))
        return [];
    return [path.relative(path.resolve(projectDirectory), resolved).split(path.sep).join('/')];
}


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports renderText, CONSOLE_COLUMNS */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function renderMarkdown(document) {
    const parts = document.map((block) => {
        switch (block.kind) {
            case 'heading':
                return `### ${block.text}`;
            case 'paragraph':
                return block.text;
            case 'list':
                return block.items.map((item) => `- ${item}`).join('\n');
            case 'code':
                return fenced(block.lines);
            case 'table':
                return [
                    `| ${block.header.map(escapeCell).join(' | ')} |`,
                    `| ${block.header.map(() => '---').join(' | ')} |`,
                    ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
                ].join('\n');
        }
    });
    return `${parts.join('\n\n')}\n`;
}
/** A fenced block whose fence is longer than any run of backticks in the lines, so no line can close it. */
function fenced(lines) {
    const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
    const fence = '`'.repeat(longest + 1);
    return [fence, ...lines, fence].join('\n');
}
/** Markdown inline code and emphasis are dropped for the console. */
function plain(text) {
    return text.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
function renderText(document) {
    const lines = [];
    for (const block of document) {
        switch (block.kind) {
            case 'heading':
                lines.push('', `== ${plain(block.text)} ==`);
                break;
            case 'paragraph':
                lines.push(plain(block.text));
                break;
            case 'list':
                lines.push(...block.items.map((item) => `  - ${plain(item)}`));
                break;
            case 'code':
                lines.push(...block.lines.map((line) => `    ${line}`));
                break;
            case 'table':
                lines.push(...tableLines(block.header, block.rows));
                break;
        }
    }
    return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
/** Console lines fit this many columns: a table's widest column wraps onto more lines when a row would not. */
const CONSOLE_COLUMNS = 100;
function tableLines(headerCells, bodyRows) {
    const header = headerCells.some((cell) => cell !== '') ? [headerCells] : [];
    const rows = [...header, ...bodyRows].map((row) => headerCells.map((_, i) => plain(row[i] ?? '')));
    const widths = headerCells.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const total = 2 + widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1);
    if (total > CONSOLE_COLUMNS) {
        const widest = widths.indexOf(Math.max(...widths));
        const room = CONSOLE_COLUMNS - (total - widths[widest]);
        // Wrap only where enough room is left for the column to read as one.
        if (room >= 24)
            widths[widest] = room;
    }
    const lines = [];
    for (const row of rows) {
        const pieces = row.map((cell, i) => (cell.length > widths[i] ? wrap(cell, widths[i]) : [cell]));
        const height = Math.max(...pieces.map((cell) => cell.length));
        for (let line = 0; line < height; line += 1) {
            lines.push(`  ${pieces.map((cell, i) => (cell[line] ?? '').padEnd(widths[i])).join('  ').trimEnd()}`);
        }
    }
    return lines;
}
/** Splits `text` into lines of at most `width` characters, at spaces where it can, inside long words where it must. */
function wrap(text, width) {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        let rest = word;
        while (rest.length > 0) {
            const joined = current === '' ? rest : `${current} ${rest}`;
            if (joined.length <= width) {
                current = joined;
                rest = '';
            }
            else if (current !== '') {
                lines.push(current);
                current = '';
            }
            else {
                lines.push(rest.slice(0, width));
                rest = rest.slice(width);
            }
        }
    }
    if (current !== '')
        lines.push(current);
    return lines.length > 0 ? lines : [''];
}
function formatSeconds(milliseconds) {
    return `${(milliseconds / 1000).toFixed(1)} s`;
}
function formatBytes(bytes) {
    if (bytes === undefined)
        return 'unknown';
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 9229:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runtime_deps_node_probe_at_load_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4441);
/* harmony import */ var _actions_setup_deps_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8216);
/* harmony import */ var _runtime_io_error_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6771);
/* harmony import */ var _runtime_io_github_wiring_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5428);
// First of all: node's version is asked while the rest of the bundle loads (see node-probe-at-load.ts).




const deps = { ...(0,_runtime_io_github_wiring_js__WEBPACK_IMPORTED_MODULE_3__/* .githubDependencies */ .F)(), nodeProbe: _runtime_deps_node_probe_at_load_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeProbeAtLoad */ .Y };
await (0,_runtime_io_error_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .runStageWithErrorBoundary */ .SM)(deps, 'setup-deps', (given) => (0,_actions_setup_deps_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .iW)(given));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VT: () => (/* binding */ PROBE_DEADLINE_MS),
/* harmony export */   oi: () => (/* binding */ NODE_VERSION_ARGS),
/* harmony export */   sr: () => (/* binding */ startNodeProbeIn),
/* harmony export */   yV: () => (/* binding */ nodeProjectFolder),
/* harmony export */   z0: () => (/* binding */ startNodeProbe)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_output_folders_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6974);
/* harmony import */ var _process_run_with_deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1485);




const NODE_VERSION_ARGS = ['--version'];
/**
 * How long a version query may take. A query runs under a deadline (so a shim that waits for input cannot hang the
 * step), and such a run also starts the program at once: without one, @actions/exec first looks the program up on
 * PATH, a few file-system round trips that leave the query queued behind the project's reading.
 */
const PROBE_DEADLINE_MS = 60_000;
/**
 * Starts `node --version` in `directory` through `run`, under the probes' deadline, while the project is still being
 * read; probeToolchain uses its answer if the project is a Node one. The promise is already handled, so an unused
 * probe cannot fail the step.
 */
function startNodeProbe(run, directory) {
    const started = run('node', NODE_VERSION_ARGS, { cwd: directory, silent: true, timeoutMs: PROBE_DEADLINE_MS });
    started.catch(() => undefined);
    return started;
}
/**
 * startNodeProbe as the bundle loads: through runWithDeadline itself (the path runCommand takes for a query under a
 * deadline), so that @actions/exec need not have loaded.
 */
function startNodeProbeIn(directory) {
    return { directory, result: startNodeProbe((command, args, options = {}) => (0,_process_run_with_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .runWithDeadline */ .Q)(command, args, options, PROBE_DEADLINE_MS), directory) };
}
/**
 * The folder a setup-deps step's working-directory input names, resolved by main's own rule (resolveOutputPath against
 * GITHUB_WORKSPACE), when it holds package.json; else undefined, also for a value that rule refuses. A guess made
 * before the inputs are checked: main uses a probe started here only when it resolves the very same folder.
 */
function nodeProjectFolder(env, cwd = process.cwd()) {
    const given = (env['INPUT_WORKING-DIRECTORY'] ?? '').trim();
    let directory;
    try {
        directory = (0,_core_output_folders_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveOutputPath */ .NK)({ workspace: env.GITHUB_WORKSPACE || cwd }, 'working-directory', given === '' ? '.' : given);
    }
    catch {
        return undefined; // main refuses it, with the message
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, 'package.json')) ? directory : undefined;
}


/***/ }),

/***/ 4441:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ nodeProbeAtLoad)
/* harmony export */ });
/* harmony import */ var _early_node_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3062);

/**
 * `node --version` in the step's project folder, started as this module is evaluated. The entry points that run
 * setup-deps (its own, and the root action's) import it before anything else, so the query runs (on another core)
 * while the rest of the bundle loads, instead of after: 12-17 ms earlier to the restore. Undefined when the folder
 * holds no package.json.
 */
const folder = (0,_early_node_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeProjectFolder */ .yV)(process.env);
const nodeProbeAtLoad = folder === undefined ? undefined : (0,_early_node_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .startNodeProbeIn */ .sr)(folder);


/***/ }),

/***/ 6771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SM: () => (/* binding */ runStageWithErrorBoundary)
});

// UNUSED EXPORTS: runMainWithErrorBoundary, runPostWithErrorBoundary

// EXTERNAL MODULE: ./src/core/diagnosis/cache-evidence.ts
var cache_evidence = __nccwpck_require__(3929);
// EXTERNAL MODULE: ./src/core/diagnosis/report.ts
var report = __nccwpck_require__(8271);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/runtime/io/action-io.ts
/** `io` with some of its methods replaced; the others called on `io` itself. */
function overridingIO(io, replaced) {
    return new Proxy(io, {
        get(target, property, receiver) {
            if (Object.hasOwn(replaced, property))
                return replaced[property];
            const value = Reflect.get(target, property, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}

;// CONCATENATED MODULE: ./src/runtime/io/error-boundary.ts




/**
 * The one error boundary of a bundle: what the user can fix fails the step with its message alone; a bug
 * fails it with the stack, so it can be reported.
 */
async function runMainWithErrorBoundary(io, body) {
    try {
        await body();
    }
    catch (error) {
        if (isConfigurationError(error))
            io.setFailed(error.message);
        else
            io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
}
/**
 * The error boundary of one stage's bundle (and of one stage run by the local command): as above, and a failure
 * the user can fix is diagnosed (which kind, what to do, the evidence lines) in its message and in a summary
 * section after the stage's own. A bug is not diagnosed: its stack is the evidence.
 */
async function runStageWithErrorBoundary(deps, stage, main) {
    const held = [];
    const io = overridingIO(deps.io, { setFailed: (message) => void held.push(message) });
    try {
        await main({ ...deps, io });
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p0)(error)) {
            for (const message of held)
                deps.io.setFailed(message);
            deps.io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
            return;
        }
        held.push(error.message);
    }
    if (held.length === 0)
        return;
    const message = (0,report/* withDiagnosis */.IQ)(held.join('\n'), { stage, restoredFromCache: (0,cache_evidence/* dependenciesFromCache */.M8)(deps.context.env) });
    const section = (0,report/* diagnosisSummary */.Ik)([{ stage, message }]);
    try {
        if (section.length > 0)
            await deps.io.writeSummary(section);
    }
    catch {
        // The summary is a courtesy; the failure message below carries the diagnosis.
    }
    deps.io.setFailed(message);
}
/** A post step only saves to the cache: nothing it meets may fail the job. */
async function runPostWithErrorBoundary(io, body) {
    try {
        await body();
    }
    catch (error) {
        io.warning(`Saving to the cache was skipped after an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
}


/***/ }),

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ githubDependencies)
});

;// CONCATENATED MODULE: ./src/core/secrets.ts
/**
 * Secret values that a job's environment may carry into our logs (registry tokens, index credentials).
 * The entry points mask each one before anything runs.
 */
const SECRET_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|AUTH(?!OR(?!IZ)))/i; // not GIT_AUTHOR_NAME, CERT_AUTHORITY; AUTHORIZATION is
const NOT_SECRET = new Set(['ACTIONS_RUNTIME_TOKEN_PRESENT', 'GITHUB_TOKEN_PERMISSIONS']);
function secretValues(env) {
    const found = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || value.length < 4)
            continue;
        if (SECRET_NAME.test(name) && !NOT_SECRET.has(name))
            found.add(value);
        for (const match of value.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/@\s:]*):([^/@\s]+)@/gi)) {
            if (match[2].length >= 4)
                found.add(match[2]);
            if (match[1].length >= 4 && /TOKEN|KEY/i.test(name))
                found.add(match[1]);
        }
    }
    return [...found];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/cache/deadlines.ts
/**
 * How long a call to the cache service may take before it is abandoned. Metadata calls (lookup, reserve,
 * finalize) get a fixed deadline; transfers (download, upload) get a floor plus the time the bytes moved
 * so far would take at a minimum rate, so a trickling transfer is abandoned as surely as a silent one.
 * Pure: the caller passes the clock's readings in.
 */

const CACHE_DEADLINES_VARIABLE = 'BUILD_ACTIONS_CACHE_DEADLINES';
const DEFAULT_CACHE_DEADLINES = { metadataMs: 10_000, transferFloorMs: 30_000, minBytesPerSecond: 1024 * 1024 };
/** The call a request of @actions/cache makes, from its method and path (Twirp method, or a blob transfer). */
function cacheCallName(method, requestPath) {
    if (/\/GetCacheEntryDownloadURL\b/.test(requestPath))
        return 'lookup';
    if (/\/CreateCacheEntry\b/.test(requestPath))
        return 'reserve';
    if (/\/FinalizeCacheEntryUpload\b/.test(requestPath))
        return 'finalize';
    return method.toUpperCase() === 'PUT' ? 'upload' : 'download';
}
function isTransfer(call) {
    return call === 'upload' || call === 'download';
}
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m)?$/;
const RATE = /^(\d+(?:\.\d+)?)(B|KB|KiB|MB|MiB)?\/s$/i;
const RATE_UNITS = { b: 1, kb: 1024, kib: 1024, mb: 1024 * 1024, mib: 1024 * 1024 };
function explain(value, detail) {
    return new errors/* ConfigurationError */.j1(`${CACHE_DEADLINES_VARIABLE} must be a comma-separated list of metadata=<duration>, transfer=<duration>, min-rate=<rate> ` +
        `(e.g. 'metadata=10s,transfer=30s,min-rate=1MB/s'; durations in ms, s or m; rates in B/s, KB/s or MB/s) (got '${value}': ${detail}).`);
}
function parseDuration(value, text) {
    const match = DURATION.exec(text);
    if (!match)
        throw explain(value, `'${text}' is not a duration`);
    const amount = Number(match[1]);
    const unit = match[2] ?? 's';
    const ms = unit === 'ms' ? amount : unit === 'm' ? amount * 60_000 : amount * 1000;
    if (ms <= 0)
        throw explain(value, 'a deadline must be more than zero');
    return ms;
}
/** Reads the variable; an empty or unset value gives the defaults. Throws a ConfigurationError naming the variable. */
function parseCacheDeadlines(value) {
    const deadlines = { ...DEFAULT_CACHE_DEADLINES };
    const text = (value ?? '').trim();
    if (text === '')
        return deadlines;
    for (const part of text.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
        const [name, setting, ...rest] = part.split('=').map((item) => item.trim());
        if (setting === undefined || rest.length > 0)
            throw explain(value ?? '', `'${part}' is not name=value`);
        if (name === 'metadata')
            deadlines.metadataMs = parseDuration(value ?? '', setting);
        else if (name === 'transfer')
            deadlines.transferFloorMs = parseDuration(value ?? '', setting);
        else if (name === 'min-rate') {
            const match = RATE.exec(setting);
            if (!match)
                throw explain(value ?? '', `'${setting}' is not a rate`);
            const rate = Number(match[1]) * RATE_UNITS[(match[2] ?? 'B').toLowerCase()];
            if (rate <= 0)
                throw explain(value ?? '', 'a rate must be more than zero');
            deadlines.minBytesPerSecond = rate;
        }
        else
            throw explain(value ?? '', `unknown setting '${name}'`);
    }
    return deadlines;
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function rate(bytesPerSecond) {
    return bytesPerSecond >= 1024 * 1024
        ? `${Number((bytesPerSecond / (1024 * 1024)).toFixed(1))} MB/s`
        : `${Number((bytesPerSecond / 1024).toFixed(1))} KB/s`;
}
/** One line for the summary. */
function describeCacheDeadlines(deadlines) {
    return `lookup, reserve and finalize ${seconds(deadlines.metadataMs)} each; transfers ${seconds(deadlines.transferFloorMs)} plus the time at ${rate(deadlines.minBytesPerSecond)} (set ${CACHE_DEADLINES_VARIABLE} to change)`;
}
/** Whether a call has run past its deadline: the first metadata call past its own, or the transfers as a whole. */
function findOverrun(deadlines, inFlight, transfer, now) {
    for (const request of inFlight) {
        if (isTransfer(request.call))
            continue;
        const elapsedMs = now - request.startedAt;
        if (elapsedMs > deadlines.metadataMs) {
            return { call: request.call, elapsedMs, message: `the cache service did not answer the ${request.call} call within ${seconds(elapsedMs)}` };
        }
    }
    const transferring = inFlight.find((request) => isTransfer(request.call));
    if (transferring === undefined || transfer === undefined)
        return undefined;
    const elapsedMs = now - transfer.startedAt;
    const allowedMs = deadlines.transferFloorMs + (transfer.bytes / deadlines.minBytesPerSecond) * 1000;
    if (elapsedMs <= allowedMs)
        return undefined;
    const moved = transfer.bytes >= 1024 * 1024 ? `${(transfer.bytes / (1024 * 1024)).toFixed(1)} MB` : `${(transfer.bytes / 1024).toFixed(1)} KB`;
    return {
        call: transferring.call,
        elapsedMs,
        message: `the cache ${transferring.call} moved ${moved} in ${seconds(elapsedMs)}, slower than ${rate(deadlines.minBytesPerSecond)} after a ${seconds(deadlines.transferFloorMs)} floor`,
    };
}

;// CONCATENATED MODULE: ./src/runtime/cache/client-log-capture.ts
async function withClientLogCapture(body) {
    const original = process.stdout.write;
    const forward = original.bind(process.stdout);
    const lines = [];
    let pending = '';
    const emit = (line) => relayClientLine({ lines }, line, forward);
    process.stdout.write = ((chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        let newline = pending.indexOf('\n');
        while (newline !== -1) {
            emit(pending.slice(0, newline).replace(/\r$/, ''));
            pending = pending.slice(newline + 1);
            newline = pending.indexOf('\n');
        }
        const callback = rest.find((item) => typeof item === 'function');
        callback?.();
        return true;
    });
    try {
        const value = await body();
        return { value, log: { lines } };
    }
    finally {
        process.stdout.write = original;
        if (pending !== '')
            emit(pending);
    }
}
/** Records one line of the client's log and passes it on, with `::error::` turned into `::warning::`. */
function relayClientLine(log, line, forward) {
    log.lines.push(line);
    forward(`${line.startsWith('::error::') ? `::warning::${line.slice('::error::'.length)}` : line}\n`);
}
/** The first fault the client logged, without the workflow-command prefix. */
function loggedFault(log) {
    const line = log.lines.find((candidate) => /^::(warning|error)::Failed to (restore|save)/.test(candidate))
        ?? log.lines.find((candidate) => /^::(warning|error)::/.test(candidate) && !/rate limit will reset/.test(candidate));
    if (line === undefined)
        return undefined;
    // Workflow-command data is escaped (%0A for a newline): keep the first line, decoded.
    const data = line.replace(/^::(warning|error)::/, '');
    return data.split(/%0A|%0D/)[0].replace(/%25/g, '%').replace(/^Failed to (restore|save): /, '');
}
function loggedArchiveBytes(log) {
    for (const line of log.lines) {
        const match = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(line);
        if (match)
            return Number(match[1]);
    }
    return undefined;
}
function loggedLine(log, pattern) {
    return log.lines.find((line) => pattern.test(line));
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
// EXTERNAL MODULE: ./src/core/hashing.ts
var hashing = __nccwpck_require__(3031);
;// CONCATENATED MODULE: ./src/core/cache/service-protocol.ts
/**
 * What a restore needs of GitHub's cache service (v2) to be made without the @actions/cache client: whether the job's
 * environment allows it, the entry version the client computes, the lookup call and its reply. Pure: the caller
 * passes the environment in. See ../shared/cache-service.md for the protocol.
 */

/** @actions/cache's salt, appended to every entry version (internal/cacheUtils.js). */
const VERSION_SALT = '1.0';
/**
 * The entry version, as @actions/cache computes it: the paths exactly as given, the compression method, the salt,
 * joined with '|' and hashed. An entry saved by the client under other paths or another compression has another
 * version and is not found.
 */
function cacheEntryVersion(paths, compression) {
    return (0,hashing/* digestText */.M)([...paths, compression, VERSION_SALT].join('|'));
}
const READ_MODES = new Set(['read', 'write']);
const KNOWN_MODES = new Set(['none', 'read', 'write', 'write-only']);
/**
 * Whether a restore may speak to the service directly: the v2 service is selected, the server is github.com, a
 * `*.ghe.com` or `*.localhost` host (any other is GHES, which the client serves over the old protocol), a token and
 * the service URL are set, the runner's cache mode allows reading, the platform is Linux (GNU tar, as the client
 * uses it there) and zstd is on PATH. Otherwise `reason` says why, and the client does the restore.
 */
function directCacheAccess(env, platform, zstdOnPath) {
    if (platform !== 'linux')
        return { reason: `the platform is ${platform}` };
    if (!env.ACTIONS_CACHE_SERVICE_V2)
        return { reason: 'ACTIONS_CACHE_SERVICE_V2 is not set' };
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trim().toLowerCase();
    }
    catch {
        return { reason: `GITHUB_SERVER_URL is not a URL (${env.GITHUB_SERVER_URL})` };
    }
    if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost'))
        return { reason: `${host} is a GitHub Enterprise Server` };
    const resultsUrl = env.ACTIONS_RESULTS_URL ?? '';
    const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
    if (resultsUrl === '' || token === '')
        return { reason: 'ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set' };
    try {
        new URL(resultsUrl);
    }
    catch {
        return { reason: `ACTIONS_RESULTS_URL is not a URL (${resultsUrl})` };
    }
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    if (KNOWN_MODES.has(mode) && !READ_MODES.has(mode))
        return { reason: `the runner's cache mode is ${mode}` };
    if (!zstdOnPath)
        return { reason: 'zstd is not on PATH' };
    return { access: { resultsUrl, token } };
}
const LOOKUP_METHOD = 'GetCacheEntryDownloadURL';
/** The lookup call's address: Twirp routes are resolved at the server root (a path in ACTIONS_RESULTS_URL is dropped, as the client drops it). */
function lookupUrl(resultsUrl) {
    return new URL(`/twirp/github.actions.results.api.v1.CacheService/${LOOKUP_METHOD}`, resultsUrl).href;
}
/** The lookup's JSON body: snake_case names, empty fields omitted, as the client's Twirp JSON client sends them. */
function lookupBody(primaryKey, restoreKeys, version) {
    return JSON.stringify({ key: primaryKey, ...(restoreKeys.length > 0 ? { restore_keys: restoreKeys } : {}), version });
}
/**
 * Reads the lookup's answer. `ok: false` is a miss. An error status is a problem; 5xx may be retried (as the client
 * retries it), anything else may not (429 is a rate limit the client does not retry either).
 */
function readLookupReply(status, body) {
    if (status < 200 || status >= 300) {
        let detail = body.trim().slice(0, 200);
        try {
            const parsed = JSON.parse(body);
            if (typeof parsed.msg === 'string')
                detail = `${typeof parsed.code === 'string' ? `${parsed.code}: ` : ''}${parsed.msg}`;
        }
        catch {
            // not JSON: the raw text says what it is
        }
        return { problem: `Failed to ${LOOKUP_METHOD}: (${status}) ${detail}`, retry: status >= 500 };
    }
    let reply;
    try {
        reply = JSON.parse(body);
    }
    catch {
        return { problem: `Failed to ${LOOKUP_METHOD}: the answer is not JSON: ${body.trim().slice(0, 200)}`, retry: true };
    }
    if (reply === null || typeof reply !== 'object' || reply.ok !== true)
        return { found: false };
    if (typeof reply.signed_download_url !== 'string' || typeof reply.matched_key !== 'string' || reply.signed_download_url === '') {
        return { problem: `Failed to ${LOOKUP_METHOD}: the answer names no download URL or matched key`, retry: false };
    }
    return { found: true, matchedKey: reply.matched_key, downloadUrl: reply.signed_download_url };
}
/**
 * The tar command that extracts the downloaded archive from its standard input, as the client extracts its file:
 * relative to the workspace, `-P` for absolute names, zstd through `unzstd`.
 */
function extractArguments(workspace) {
    return ['-xf', '-', '-P', '-C', workspace, '--use-compress-program', 'unzstd'];
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/runtime/files/coalesced-writes.ts

/**
 * A writable in front of `target` that gives it one write at a time: whatever arrives while that write is in flight
 * is handed over next as one buffer. A download arrives in 64 KiB socket reads, and each write to Node's zstd
 * decompressor is a round trip to the thread pool: for a 17 MB cache entry, 260 round trips cost about 40 ms of
 * CPU, against about 20 ms for the same bytes in pieces of 256 KiB or more (measured on Node 24, 2 cores). The first
 * piece goes through at once, so nothing waits for a batch to fill. When the target fails or closes early (a
 * stream that fails may never call back the write it was on), the writable fails with it, so a pipe into it stops.
 */
function coalescedWrites(target) {
    const input = new external_node_stream_namespaceObject.Writable({
        writev(chunks, callback) {
            const bytes = chunks.length === 1 ? chunks[0].chunk : Buffer.concat(chunks.map(({ chunk }) => chunk));
            target.write(bytes, (error) => callback(error ?? null));
        },
        final(callback) {
            target.end();
            callback();
        },
        destroy(error, callback) {
            if (error !== null)
                target.destroy(error);
            callback(error);
        },
    });
    const gone = (error) => {
        if (!input.destroyed)
            input.destroy(error ?? new Error('the stream it writes to closed early'));
    };
    target.once('error', gone);
    target.once('close', () => gone());
    return input;
}

;// CONCATENATED MODULE: ./src/runtime/files/tar-reader.ts

function field(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
function octal(block, start, length) {
    if ((block[start] & 0x80) !== 0) {
        // GNU base-256 for sizes past 8 GiB.
        let value = 0;
        for (let i = start + 1; i < start + length; i += 1)
            value = value * 256 + block[i];
        return value;
    }
    const text = field(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function paxPath(data) {
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(data.subarray(at, space).toString());
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        if (record.startsWith('path='))
            return record.slice(5);
        at += length;
    }
    return undefined;
}
/** Reads one 512-byte header block; undefined for the zero block that ends the archive. */
function readTarHeader(header) {
    if (header.every((byte) => byte === 0))
        return undefined;
    const prefix = field(header, 345, 155);
    return { name: prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100), type: String.fromCharCode(header[156] || 0x30), size: octal(header, 124, 12) };
}
/** For a GNU long-name ('L') or PAX ('x') entry's data: the name it gives the next entry (else `previous`). */
function longNameOf(type, data, previous) {
    return type === 'L' ? data.toString('utf8').replace(/\0+$/, '') : (paxPath(data) ?? previous);
}
/**
 * Lists the entries of the tar that starts at `base` in an open file, reading headers only (a layer of a
 * `docker save` archive is such a tar, stored uncompressed inside the outer one).
 */
async function listTarEntries(handle, base = 0, length) {
    const end = length === undefined ? (await handle.stat()).size : base + length;
    const entries = [];
    const block = Buffer.alloc(512);
    let at = base;
    let longName;
    while (at + 512 <= end) {
        const { bytesRead } = await handle.read(block, 0, 512, at);
        const header = bytesRead < 512 ? undefined : readTarHeader(block);
        if (header === undefined)
            break;
        const { type, size } = header;
        const dataOffset = at + 512;
        at = dataOffset + Math.ceil(size / 512) * 512;
        if (type === 'L' || type === 'x') {
            const data = Buffer.alloc(Math.min(size, 65536));
            await handle.read(data, 0, data.length, dataOffset);
            longName = longNameOf(type, data, longName);
            continue;
        }
        if (type === 'g')
            continue;
        const name = longName ?? header.name;
        longName = undefined;
        entries.push({ path: name.replace(/^\.\//, ''), type, size, offset: dataOffset });
    }
    return entries;
}
async function readEntry(handle, entry, limit = entry.size) {
    const data = Buffer.alloc(Math.min(entry.size, limit));
    await handle.read(data, 0, data.length, entry.offset);
    return data;
}
/** Calls `visit` with each chunk of an entry (overlapping by `overlap` bytes, so a value split across chunks is still seen). */
async function scanEntry(handle, entry, overlap, visit) {
    const chunkSize = 1024 * 1024;
    let position = 0;
    while (position < entry.size) {
        const start = Math.max(0, position - overlap);
        const data = Buffer.alloc(Math.min(chunkSize + (position - start), entry.size - start));
        await handle.read(data, 0, data.length, entry.offset + start);
        if (visit(data))
            return true;
        position = start + data.length;
        if (data.length === 0)
            break;
    }
    return false;
}
async function withTar(file, body) {
    const handle = await open(file, 'r');
    try {
        return await body(handle);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/runtime/files/tar-stream.ts

/**
 * Reads a tar as it streams (no seeking, nothing buffered past one header): `onFile` is called for every regular
 * file with its name and size, and the writer it returns gets the file's bytes in order, then `end()`; folders and
 * links are skipped, and so is a file whose `onFile` returns undefined. PAX and GNU long names apply to the next
 * entry. Throws when the stream ends inside an entry (a truncated archive). Returns the number of regular files.
 */
async function readTarStream(source, onFile) {
    let header = Buffer.alloc(0);
    let remaining = 0;
    let padding = 0;
    let files = 0;
    let ended = false;
    let writer;
    /** The data of a long-name entry being read (PAX or GNU), and its type. */
    let extended;
    let longName;
    const finishEntry = async () => {
        if (writer !== undefined)
            await writer.end();
        writer = undefined;
        if (extended !== undefined)
            longName = longNameOf(extended.type, Buffer.concat(extended.parts), longName);
        extended = undefined;
    };
    for await (const chunk of source) {
        let at = 0;
        while (at < chunk.length && !ended) {
            if (remaining > 0) {
                const take = Math.min(remaining, chunk.length - at);
                const bytes = chunk.subarray(at, at + take);
                if (writer !== undefined)
                    await writer.write(bytes);
                else
                    extended?.parts.push(Buffer.from(bytes));
                remaining -= take;
                at += take;
                if (remaining === 0)
                    await finishEntry();
            }
            else if (padding > 0) {
                const skip = Math.min(padding, chunk.length - at);
                padding -= skip;
                at += skip;
            }
            else {
                const take = Math.min(512 - header.length, chunk.length - at);
                header = Buffer.concat([header, chunk.subarray(at, at + take)]);
                at += take;
                if (header.length < 512)
                    continue;
                const entry = readTarHeader(header);
                header = Buffer.alloc(0);
                if (entry === undefined) {
                    ended = true;
                    break;
                }
                remaining = entry.size;
                padding = (512 - (entry.size % 512)) % 512;
                if (entry.type === 'L' || entry.type === 'x')
                    extended = { type: entry.type, parts: [] };
                else if (entry.type !== 'g') {
                    const name = (longName ?? entry.name).replace(/^\.\//, '');
                    longName = undefined;
                    if (entry.type === '0' || entry.type === '7') {
                        files += 1;
                        writer = await onFile(name, entry.size);
                    }
                }
                if (remaining === 0)
                    await finishEntry();
            }
        }
    }
    if (remaining > 0 || header.length > 0)
        throw new Error('the archive ends inside an entry (truncated)');
    if (!ended)
        throw new Error('the archive has no end-of-archive block (truncated)');
    return files;
}

// EXTERNAL MODULE: ./src/runtime/process/child-ending.ts
var child_ending = __nccwpck_require__(6230);
// EXTERNAL MODULE: ./src/runtime/process/program-on-path.ts
var program_on_path = __nccwpck_require__(1044);
;// CONCATENATED MODULE: ./src/runtime/cache/direct-restore.ts
/**
 * A restore from GitHub's cache service (v2) without the @actions/cache client: one lookup call, then the archive
 * streamed from its signed URL straight into `tar -x` (no temporary archive, no worker process, no client bundle
 * to load). The entry is the one the client saved: the same version, the same tar and zstd, the same paths. Every
 * call runs under the same deadlines as the client's (core/cache/deadlines.ts).
 */










/** Whether this Node decompresses zstd itself (22.15 and later); otherwise a `zstd -d` process does it. */
function canStreamZstd() {
    return typeof (external_node_zlib_default()).createZstdDecompress === 'function';
}
/** zstd decompression as a stream: Node's own where it has one (the actions' Node 24), else a `zstd -d` process. */
function zstdDecompressor() {
    if (canStreamZstd()) {
        // Large output pieces: the tar reader and the extractor pipes then handle a few hundred pieces, not thousands.
        // Large input pieces too: what the download brings while one piece decompresses goes in as one.
        const stream = external_node_zlib_default().createZstdDecompress({ chunkSize: 1024 * 1024 });
        const input = coalescedWrites(stream);
        input.on('error', () => undefined); // it fails with the decompressor, whose reader reports why
        return {
            input,
            output: stream,
            stop: (error) => {
                input.destroy(error);
                stream.destroy(error);
            },
            problem: () => undefined,
        };
    }
    const child = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let exit;
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => (stderr ||= error.message));
    child.on('close', (code) => (exit = code));
    return {
        input: child.stdin,
        output: child.stdout,
        stop: (error) => {
            child.kill('SIGKILL');
            child.stdout.destroy(error);
        },
        problem: () => (exit !== 0 && stderr.trim() !== '' ? `zstd: ${stderr.trim().split('\n').slice(-1)[0]}` : undefined),
    };
}
/** Whether `zstd` is an executable file in a PATH folder (the client picks zstd over gzip by running it). */
function zstdOnPath(env = process.env) {
    return (0,program_on_path/* programOnPath */.B)('zstd', env) !== undefined;
}
/** The direct access this process's environment allows, or undefined (the client does the restore). */
function directAccessFromEnvironment(env = process.env) {
    const decision = directCacheAccess(env, process.platform, zstdOnPath(env));
    return 'access' in decision ? decision.access : undefined;
}
const RETRY_DELAYS_MS = [1000, 2000];
/**
 * node:https, loaded on the first https call: it brings TLS (about 4 ms of a process's start, more with node:crypto
 * not yet loaded), which a cache service reached over plain http never needs.
 */
let httpsModule;
function loadHttps() {
    return (httpsModule ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:https'));
}
function request(url, options, body) {
    const transport = new URL(url).protocol === 'https:' ? loadHttps() : (external_node_http_default());
    const sent = transport.request(url, options);
    sent.end(body);
    return sent;
}
/**
 * Watches one restore: the lookup under the metadata deadline, the download under the transfer deadline (a floor
 * plus the time its bytes would take at the minimum rate). `stop` is called once, when a deadline passes.
 */
class RestoreWatch {
    inFlight = [];
    transfer;
    overrun;
    timer;
    stops = [];
    constructor(deadlines, now) {
        this.timer = setInterval(() => {
            if (this.overrun !== undefined)
                return;
            this.overrun = findOverrun(deadlines, this.inFlight, this.transfer, now());
            if (this.overrun !== undefined)
                for (const stop of this.stops)
                    stop();
        }, 100);
    }
    onOverrun(stop) {
        this.stops.push(stop);
    }
    end() {
        clearInterval(this.timer);
        this.stops = [];
    }
}
async function lookup(access, body, watch, now, whileLooking) {
    for (let attempt = 0;; attempt += 1) {
        const call = { call: 'lookup', startedAt: now() };
        watch.inFlight.push(call);
        const reply = await new Promise((resolve) => {
            const sent = request(lookupUrl(access.resultsUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access.token}`, 'User-Agent': 'build-actions' } }, body);
            watch.onOverrun(() => sent.destroy());
            // Once the request is out (not before: the caller's work would hold it back), while the service answers.
            if (attempt === 0 && whileLooking !== undefined)
                sent.once('finish', whileLooking);
            sent.on('error', (error) => resolve({ problem: `Failed to GetCacheEntryDownloadURL: ${error.message}`, retry: false }));
            sent.on('response', (response) => {
                let text = '';
                response.setEncoding('utf8');
                response.on('data', (chunk) => (text += chunk));
                response.on('error', (error) => resolve({ problem: `Failed to GetCacheEntryDownloadURL: ${error.message}`, retry: true }));
                response.on('end', () => resolve(readLookupReply(response.statusCode ?? 0, text)));
            });
        });
        watch.inFlight.splice(watch.inFlight.indexOf(call), 1);
        if (watch.overrun !== undefined || !('problem' in reply) || !reply.retry || attempt >= RETRY_DELAYS_MS.length)
            return reply;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
}
/** `tar -x` in `workspace`, as the client extracts its archive. */
function tarExtraction(workspace) {
    const tar = (0,external_node_child_process_.spawn)('tar', extractArguments(workspace), { cwd: workspace, stdio: ['pipe', 'ignore', 'pipe'] });
    tar.stdin.on('error', () => undefined); // tar gave up early: its exit says why
    return {
        input: tar.stdin,
        stop: () => {
            tar.kill('SIGKILL');
            tar.stdin.destroy();
        },
        done: (0,child_ending/* childEnding */.E)(tar).then((ending) => (ending.code === 0 ? undefined : `tar failed to extract the cache archive: ${(0,child_ending/* endingDetail */.P)(ending)}`)),
    };
}
/** zstd and a tar reader in-process, handing each file to `sink`: nothing is written here. */
function entryStream(sink) {
    const unzstd = zstdDecompressor();
    return {
        input: unzstd.input,
        stop: (error) => unzstd.stop(error),
        done: readTarStream(unzstd.output, sink).then(() => undefined, (error) => `the cache archive could not be extracted: ${unzstd.problem() ?? error.message}`),
    };
}
/** Downloads the archive at `url` under the transfer deadline into the consumer `consume` makes once the answer is 2xx. */
function download(url, consume, watch, now) {
    return new Promise((resolve) => {
        const call = { call: 'download', startedAt: now() };
        watch.inFlight.push(call);
        const progress = { startedAt: now(), bytes: 0 };
        watch.transfer = progress;
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            watch.inFlight.splice(watch.inFlight.indexOf(call), 1);
            resolve(watch.overrun !== undefined ? { kind: 'overrun', overrun: watch.overrun } : outcome);
        };
        let consumer;
        let downloadProblem;
        const sent = request(url, { method: 'GET' });
        watch.onOverrun(() => {
            sent.destroy();
            consumer?.stop(new Error('abandoned'));
            // The consumer (a tar process, or writes in flight) has ended before the outcome is told.
            void (consumer?.done ?? Promise.resolve()).then(() => finish({ kind: 'overrun', overrun: watch.overrun }));
        });
        sent.on('error', (error) => {
            downloadProblem ??= `the cache download failed: ${error.message}`;
            if (consumer === undefined)
                finish({ kind: 'failed', message: downloadProblem, fault: 'service' });
            else
                consumer.stop(error);
        });
        sent.on('response', (response) => {
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300) {
                response.resume();
                return finish({ kind: 'failed', message: `the cache download was answered ${status}`, fault: 'service' });
            }
            const into = (consumer = consume());
            response.on('data', (chunk) => (progress.bytes += chunk.length));
            response.on('error', (error) => {
                downloadProblem ??= `the cache download stopped: ${error.message}`;
                into.stop(error);
            });
            response.on('close', () => {
                if (response.complete)
                    return;
                downloadProblem ??= 'the cache download stopped before its end';
                into.stop(new Error(downloadProblem));
            });
            response.pipe(into.input);
            void into.done.then((archiveProblem) => {
                if (downloadProblem !== undefined)
                    finish({ kind: 'failed', message: downloadProblem, fault: 'service' });
                else if (archiveProblem !== undefined)
                    finish({ kind: 'failed', message: archiveProblem, fault: 'archive' });
                else
                    finish({ kind: 'hit', matchedKey: '', bytes: progress.bytes });
            });
        });
    });
}
/**
 * Looks `primaryKey` (then the restore keys, by prefix) up and extracts the entry found into the workspace, or,
 * with `sink`, hands its files to the sink as they stream (nothing written by the restore itself: the caller
 * decides where each file goes, and may start working on one before the next arrives).
 * `paths` must be given exactly as the saving client was given them: they make the entry's version.
 */
async function restoreDirect(access, paths, primaryKey, restoreKeys, deadlines, options = {}) {
    const now = options.now ?? Date.now;
    const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
    const workspace = options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
    const watch = new RestoreWatch(deadlines, now);
    try {
        const reply = await lookup(access, lookupBody(primaryKey, restoreKeys, cacheEntryVersion(paths, 'zstd-without-long')), watch, now, options.whileLooking);
        if (watch.overrun !== undefined)
            return { kind: 'overrun', overrun: watch.overrun };
        if ('problem' in reply)
            return { kind: 'failed', message: reply.problem, fault: 'service' };
        if (!reply.found)
            return { kind: 'miss' };
        log(reply.matchedKey === primaryKey ? `Cache hit for: ${reply.matchedKey}` : `Cache hit for restore-key: ${reply.matchedKey}`);
        const sink = options.sink;
        const downloaded = await download(reply.downloadUrl, sink ? () => entryStream(sink) : () => tarExtraction(workspace), watch, now);
        if (downloaded.kind !== 'hit')
            return downloaded;
        log(`Cache Size: ~${Math.round(downloaded.bytes / (1024 * 1024))} MB (${downloaded.bytes} B)`);
        log('Cache restored successfully');
        return { ...downloaded, matchedKey: reply.matchedKey };
    }
    finally {
        watch.end();
    }
}

;// CONCATENATED MODULE: ./src/runtime/cache/actions-cache-store.ts








function defaultWorkerScript() {
    return process.env.BUILD_ACTIONS_CACHE_WORKER || external_node_path_default().join(external_node_path_default().dirname(process.argv[1] ?? '.'), '..', 'cache-worker', 'index.js');
}
function stopProcessTree(child) {
    if (child.pid === undefined)
        return;
    try {
        if (process.platform === 'win32')
            (0,external_node_child_process_.spawnSync)('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
        else
            process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
async function startWorker(script) {
    const temp = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'cache-call-'));
    const child = (0,external_node_child_process_.spawn)(process.execPath, [script], {
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        // BUILD_ACTIONS_WORKER_TEMP: a worker never asked removes its own folder when this process goes away.
        env: { ...process.env, RUNNER_TEMP: temp, BUILD_ACTIONS_WORKER_TEMP: temp },
    });
    // Until it is asked, a spare must not keep this process alive.
    child.unref();
    child.channel?.unref();
    child.stdout?.unref?.();
    child.stderr?.unref?.();
    child.on('error', () => undefined);
    return { child, temp };
}
async function callInWorker(worker, request, deadlines, now, log) {
    const { child, temp } = worker;
    child.ref();
    child.channel?.ref();
    try {
        return await new Promise((resolve) => {
            const inFlight = new Map();
            let transfer;
            let answer;
            let settled = false;
            const settle = (outcome) => {
                if (settled)
                    return;
                settled = true;
                clearInterval(watchdog);
                resolve(outcome);
            };
            (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout }).on('line', (line) => relayClientLine(log, line, (text) => process.stdout.write(text)));
            child.stderr.on('data', (chunk) => process.stderr.write(chunk));
            child.on('message', (message) => {
                if (message.kind === 'start') {
                    inFlight.set(message.id, { call: message.call, startedAt: now() });
                    if (isTransfer(message.call))
                        transfer ??= { startedAt: now(), bytes: 0 };
                }
                else if (message.kind === 'end')
                    inFlight.delete(message.id);
                else if (message.kind === 'bytes') {
                    if (transfer)
                        transfer.bytes = message.bytes;
                }
                else
                    answer = message;
            });
            child.on('error', (error) => settle({ kind: 'failed', message: `the cache client could not start: ${error.message}` }));
            child.on('close', (code, signal) => settle(answer ?? { kind: 'failed', message: `the cache client ended (${signal ?? `exit code ${code}`}) without an answer` }));
            if (child.exitCode !== null || child.signalCode !== null) {
                settle({ kind: 'failed', message: `the cache client ended (${child.signalCode ?? `exit code ${child.exitCode}`}) before it was asked` });
            }
            const watchdog = setInterval(() => {
                const overrun = findOverrun(deadlines, [...inFlight.values()], transfer, now());
                if (overrun === undefined)
                    return;
                stopProcessTree(child);
                settle({ kind: 'overrun', overrun });
            }, 100);
            child.send(request);
        });
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The GitHub Actions cache, through the real @actions/cache client, every call under a deadline. */
function createActionsCacheStore(options = {}) {
    const now = options.now ?? Date.now;
    let deadlines;
    let setupProblem;
    try {
        deadlines = parseCacheDeadlines(options.deadlines ?? process.env[CACHE_DEADLINES_VARIABLE]);
    }
    catch (error) {
        setupProblem = error.message;
    }
    /** Set once a call was abandoned: the service is not asked again in this process. */
    let down;
    const script = options.workerScript ?? defaultWorkerScript();
    /** A worker started by prepare(), for the next call. */
    let spare;
    const direct = options.directAccess === undefined ? directAccessFromEnvironment() : (options.directAccess ?? undefined);
    /** Why the service is not asked at all: the deadlines could not be read, or a call was abandoned earlier. */
    const refusal = () => {
        if (setupProblem !== undefined || deadlines === undefined)
            return setupProblem ?? 'no deadlines';
        return down === undefined ? undefined : `not asked, because earlier in this job ${down}`;
    };
    const call = async (request, log) => {
        const refused = refusal();
        if (refused !== undefined || deadlines === undefined)
            return { kind: 'failed', message: refused ?? 'no deadlines' };
        const worker = await (spare ?? startWorker(script));
        spare = undefined;
        const outcome = await callInWorker(worker, request, deadlines, now, log);
        if (outcome.kind === 'overrun')
            down = outcome.overrun.message;
        return outcome;
    };
    const abandoned = (overrun) => `${overrun.message}; the call was abandoned and the cache is not used again in this job`;
    const directResult = (outcome, started) => {
        const milliseconds = now() - started;
        if (outcome.kind === 'overrun') {
            down = outcome.overrun.message;
            return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun), fault: 'service' };
        }
        if (outcome.kind === 'failed')
            return { outcome: 'error', milliseconds, message: outcome.message, fault: outcome.fault };
        if (outcome.kind === 'miss')
            return { outcome: 'miss', milliseconds };
        return { outcome: 'hit', matchedKey: outcome.matchedKey, bytes: outcome.bytes, milliseconds };
    };
    const restoreStreamed = direct !== undefined
        ? async (paths, primaryKey, sink, whileLooking) => {
            const started = now();
            const refused = refusal();
            if (refused !== undefined || deadlines === undefined)
                return { outcome: 'error', milliseconds: 0, message: refused ?? 'no deadlines', fault: 'service' };
            return directResult(await restoreDirect(direct, paths, primaryKey, [], deadlines, { now, sink, whileLooking }), started);
        }
        : undefined;
    return {
        description: 'GitHub Actions cache',
        bounds: deadlines ? describeCacheDeadlines(deadlines) : undefined,
        deleteHint: (_paths, key) => `gh cache delete ${key}`,
        ...(restoreStreamed ? { restoreStreamed } : {}),
        prepare() {
            // The client's bundle takes a good part of a second to load: it loads while the caller works out its keys.
            // A direct restore needs no client, so none is started for it (saves start their own).
            if (direct === undefined && spare === undefined && setupProblem === undefined && down === undefined)
                spare = startWorker(script);
        },
        async restore(paths, primaryKey, restoreKeys) {
            const started = now();
            if (direct !== undefined && deadlines !== undefined && down === undefined) {
                return directResult(await restoreDirect(direct, paths, primaryKey, restoreKeys, deadlines, { now }), started);
            }
            const log = { lines: [] };
            const outcome = await call({ op: 'restore', paths, primaryKey, restoreKeys }, log);
            const milliseconds = now() - started;
            if (outcome.kind === 'overrun')
                return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun), fault: 'service' };
            if (outcome.kind !== 'result')
                return { outcome: 'error', milliseconds, message: outcome.message, fault: 'service' };
            const fault = loggedFault(log);
            if (fault !== undefined)
                return { outcome: 'error', milliseconds, message: fault, fault: faultKind(fault) };
            if (typeof outcome.value !== 'string')
                return { outcome: 'miss', milliseconds };
            return { outcome: 'hit', matchedKey: outcome.value, bytes: loggedArchiveBytes(log), milliseconds };
        },
        async save(paths, key) {
            const started = now();
            const log = { lines: [] };
            const outcome = await call({ op: 'save', paths, key }, log);
            const milliseconds = now() - started;
            if (outcome.kind === 'overrun')
                return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun) };
            if (outcome.kind !== 'result')
                return { outcome: 'error', milliseconds, message: outcome.message };
            const bytes = loggedArchiveBytes(log) ?? sizeFromDebugLog(log.lines);
            if (typeof outcome.value === 'number' && outcome.value !== -1)
                return { outcome: 'saved', bytes, milliseconds };
            // Every failed reservation is logged alike ("another job may be creating this cache"); only the
            // client's debug line names the cause, and only a 409 means the entry exists.
            const cause = loggedLine(log, /Failed to reserve cache: /)?.replace(/^.*Failed to reserve cache: (Error: )?/, '');
            if (cause !== undefined && /\(409\)|already_exists|already exists/i.test(cause)) {
                return { outcome: 'exists', milliseconds, message: `an entry with key ${key} already exists` };
            }
            const message = cause ?? loggedFault(log) ?? loggedLine(log, /Failed to save: /)?.replace(/^.*Failed to save: /, '') ?? 'the cache client did not save the entry';
            return { outcome: 'error', milliseconds, message: message.replace(/%0A/g, ' ') };
        },
    };
}
/** A tar or zstd failure is one bad archive; anything else is the service failing. */
function faultKind(message) {
    return /\btar\b|zstd|extract/i.test(message) ? 'archive' : 'service';
}
function sizeFromDebugLog(lines) {
    for (const line of lines) {
        const match = /File Size: (\d+)/.exec(line);
        if (match)
            return Number(match[1]);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/summary-document.ts
var summary_document = __nccwpck_require__(8005);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/runtime/io/runner-protocol.ts
/**
 * The runner's protocol for an action, written here rather than loaded from @actions/core: inputs from INPUT_*
 * variables, workflow commands on stdout (`::warning file=…::`, `::add-mask::`, `::group::`), and the file commands
 * (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), byte for byte as @actions/core
 * 3.x writes them (test/unit/runtime/io/runner-protocol.test.ts holds it to that). @actions/core pulls in an HTTP
 * client and undici for OIDC tokens, which no action here asks for: about 40 ms of every step's start-up.
 */





function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`, properties without a value left out. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** `name<<delimiter` / value / `delimiter`, with a delimiter that neither may contain. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const converted = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
}
/** The input's value, trimmed; '' when it is not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, commandValue(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', keyValueMessage(name, value));
    issueCommand('save-state', { name }, commandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function exportVariable(name, value) {
    const converted = commandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', keyValueMessage(name, value));
    issueCommand('set-env', { name }, converted);
}
function addPath(folder) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', folder);
    else
        issueCommand('add-path', {}, folder);
    process.env.PATH = `${folder}${(external_node_path_default()).delimiter}${process.env.PATH}`;
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function annotate(level, message, properties = {}) {
    issueCommand(level, properties, message);
}
/** Marks the step failed (exit code 1) and says why as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    annotate('error', message);
}
async function group(title, body) {
    issueCommand('group', {}, title);
    try {
        return await body();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** Appends markdown to the step summary file. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(file, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./src/runtime/io/github-action-io.ts


function properties(position) {
    if (!position)
        return {};
    // The order @actions/core writes them in: title, file, line, endLine, col, endColumn.
    return { title: position.title, file: position.file, line: position.line, col: position.column };
}
/** The runner, through its workflow and file commands (runner-protocol.ts). */
function createGitHubActionIO() {
    return {
        getInput: (name) => getInput(name),
        setOutput: (name, value) => setOutput(name, value),
        info: (message) => info(message),
        warning: (message, position) => annotate('warning', message, properties(position)),
        error: (message, position) => annotate('error', message, properties(position)),
        notice: (message, position) => annotate('notice', message, properties(position)),
        setFailed: (message) => setFailed(message),
        group: (title, body) => group(title, body),
        exportVariable: (name, value) => exportVariable(name, value),
        addPath: (path) => addPath(path),
        setSecret: (value) => setSecret(value),
        saveState: (name, value) => saveState(name, value),
        getState: (name) => getState(name),
        writeSummary: async (document) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await appendSummary((0,summary_document/* renderMarkdown */.Gc)(document));
        },
    };
}

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
// EXTERNAL MODULE: ./src/runtime/process/run-with-deadline.ts
var run_with_deadline = __nccwpck_require__(1485);
;// CONCATENATED MODULE: ./src/runtime/process/run-command.ts


const runCommand = async (command, args, options = {}) => {
    if (options.timeoutMs !== undefined && process.platform !== 'win32')
        return (0,run_with_deadline/* runWithDeadline */.Q)(command, args, options, options.timeoutMs);
    try {
        const result = await getExecOutput(command, args, {
            cwd: options.cwd,
            env: (0,run_with_deadline/* environment */.c)(options),
            silent: options.silent ?? false,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
        });
        return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }
    catch (error) {
        const message = error.message;
        if (/Unable to locate executable file|ENOENT/.test(message)) {
            return { exitCode: 127, stdout: '', stderr: message, notFound: true };
        }
        throw error;
    }
};

;// CONCATENATED MODULE: ./src/runtime/io/run-context.ts

function readEventPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function readActionContext(env = process.env) {
    return {
        platform: { os: process.platform, arch: process.arch, image: env.ImageOS ?? env.IMAGE_OS },
        nodePlatform: process.platform,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDirectory: env.RUNNER_TEMP || undefined,
        eventName: env.GITHUB_EVENT_NAME,
        eventPayload: readEventPayload(env.GITHUB_EVENT_PATH),
        cacheMode: env.ACTIONS_CACHE_MODE,
        env,
    };
}

;// CONCATENATED MODULE: ./src/runtime/io/github-wiring.ts





/** The real adapters for a bundle running on a GitHub runner. Secrets in the environment are masked first. */
function githubDependencies() {
    const io = createGitHubActionIO();
    for (const secret of secretValues(process.env))
        io.setSecret(secret);
    return { io, run: runCommand, cache: createActionsCacheStore(), context: readActionContext(), now: Date.now };
}


/***/ }),

/***/ 6230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ childEnding),
/* harmony export */   P: () => (/* binding */ endingDetail)
/* harmony export */ });
/**
 * Collects a spawned child's standard error and settles once the child has closed. A child that could not be
 * started ends with no code, and the spawn error's message as its standard error.
 */
function childEnding(child) {
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
    child.on('error', (error) => (stderr ||= error.message));
    return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}
/** What a failed child said: the last `lines` lines of its standard error, else how it stopped. */
function endingDetail(ending, lines = 2) {
    const said = ending.stderr.trim().split('\n').slice(-lines).join(' ');
    return said || (ending.signal ? `stopped by ${ending.signal}` : `exit code ${ending.code}`);
}


/***/ }),

/***/ 1044:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ programOnPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The executable file `name` in the first PATH folder that has one, or undefined. Synchronous: a few access calls,
 * for the choices made once before a program is first run (which tar, whether zstd is there).
 */
function programOnPath(name, env = process.env) {
    for (const folder of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)).filter(Boolean)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not in this folder
        }
    }
    return undefined;
}


/***/ }),

/***/ 1485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ runWithDeadline),
/* harmony export */   c: () => (/* binding */ environment)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** process.env, with `options.env` over it. */
function environment(options) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined)
            env[name] = value;
    Object.assign(env, options.env ?? {});
    return env;
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is gone
    }
}
/**
 * The program leads a process group of its own, so that at the deadline the group (the program and
 * whatever it started: a test runner's workers, a shell script's children) is stopped whole. The log echo
 * matches @actions/exec's (`[command]…`, then the output as it comes).
 */
function runWithDeadline(command, args, options, timeoutMs) {
    return new Promise((resolve) => {
        const echo = !(options.silent ?? false);
        if (echo)
            process.stdout.write(`[command]${[command, ...args].join(' ')}\n`);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd: options.cwd, env: environment(options), detached: true, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        if (options.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined); // a program that exits without reading its input
            child.stdin.end(options.input);
        }
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let killer;
        child.stdout.on('data', (chunk) => {
            stdout += chunk.toString('utf8');
            if (echo)
                process.stdout.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr += chunk.toString('utf8');
            if (echo)
                process.stderr.write(chunk);
        });
        const deadline = setTimeout(() => {
            timedOut = true;
            if (child.pid === undefined)
                return;
            signalGroup(child.pid, 'SIGTERM');
            killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.graceMs ?? 5000);
        }, timeoutMs);
        child.on('error', (error) => {
            clearTimeout(deadline);
            if (killer)
                clearTimeout(killer);
            resolve({ exitCode: 127, stdout, stderr: `${stderr}${error.message}`, notFound: error.code === 'ENOENT' });
        });
        child.on('exit', () => {
            // The program is done; what it left running in its group (a forgotten server) must not outlive it, nor
            // hold its output pipes open.
            if (child.pid !== undefined)
                signalGroup(child.pid, timedOut ? 'SIGKILL' : 'SIGTERM');
        });
        child.on('close', (code, signal) => {
            clearTimeout(deadline);
            if (killer)
                clearTimeout(killer);
            resolve({ exitCode: code ?? 128 + signalNumber(signal), stdout, stderr, ...(timedOut ? { timedOut: true } : {}) });
        });
    });
}
function signalNumber(signal) {
    return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 1;
}


/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9229);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
