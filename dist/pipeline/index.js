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

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ pipeline_main_main)
});

// UNUSED EXPORTS: renamingOutputs

;// CONCATENATED MODULE: ./src/runtime/io/named-io.ts
function named_io_namedIO(io, _names) {
    return {
        input: (name) => io.getInput(name),
        setOutput: (name, value) => io.setOutput(name, value),
        saveState: (name, value) => io.saveState(name, value),
        getState: (name) => io.getState(name),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/findings.ts
const GITHUB_ANNOTATION_CAPS = { perLevelPerStep: 10, perJob: 50 };
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
function rankFindings(findings) {
    return [...findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.source.localeCompare(b.source) ||
        a.message.localeCompare(b.message));
}
/**
 * `alreadyAnnotated` counts annotations earlier steps of the job (and this step, so far) made, toward the
 * per-job cap; `use` says what this step has made and will make besides these findings.
 */
function planAnnotations(findings, caps = GITHUB_ANNOTATION_CAPS, alreadyAnnotated = 0, use = {}) {
    const reserved = use.reservedErrors ?? 0;
    const perLevel = {
        error: (use.inStep?.error ?? 0) + reserved,
        warning: use.inStep?.warning ?? 0,
        notice: use.inStep?.notice ?? 0,
    };
    let jobBudget = Math.max(0, caps.perJob - alreadyAnnotated - reserved);
    const annotated = [];
    const overflow = [];
    for (const finding of rankFindings(findings)) {
        if (perLevel[finding.level] < caps.perLevelPerStep && jobBudget > 0) {
            perLevel[finding.level] += 1;
            jobBudget -= 1;
            annotated.push(finding);
        }
        else {
            overflow.push(finding);
        }
    }
    return { annotated, overflow };
}
/** `file:line:col: level: message [source rule]` — the local command's line, and the summary's list item. */
function formatFinding(finding) {
    const place = [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
    const origin = [finding.source, finding.rule].filter((part) => part !== undefined && part !== '').join(' ');
    return `${place ? `${place}: ` : ''}${finding.level}: ${finding.message}${origin ? ` [${origin}]` : ''}`;
}

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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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

;// CONCATENATED MODULE: ./src/core/quality/source-changes.ts
/**
 * A check must only read the project: a lint script that rewrites files (`eslint --fix`, `prettier --write`,
 * `biome lint --write`) passes while it changes the user's sources. The files that changed while the checks
 * ran are the finding of the check that changed them (as pre-commit does), each named, with the fix.
 */
/** Flags and commands that rewrite files: `--fix`, `--write`, `--apply`, `-w`, `black` without `--check`, `ruff format`. */
const REWRITES = /(^|\s)(--fix\b|--write\b|--apply(-unsafe)?\b|-w\b|--unsafe\b)|\bruff\s+format\b(?![^&|;]*--check)|\bblack\b(?![^&|;]*--check)|\bformat\b(?![^&|;]*--check)/;
function scriptRewrites(scriptText) {
    return REWRITES.test(scriptText);
}
/** The input that names each script check's script, for the fix. */
const SCRIPT_INPUT = { lint: 'lint-script', 'type-check': 'type-check-script' };
/**
 * The checks that may have written the changed files: those that run the project's own scripts, or a tsc
 * build that emits. When several ran, the ones whose script says it rewrites (`--fix`, `--write`) are named;
 * failing that, all of them.
 */
function rewriteSuspects(checks, scripts) {
    const writers = checks
        .filter((check) => check.kind === 'command')
        .filter((check) => check.format === 'script' || (check.format === 'tsc' && check.args.includes('-b') && !check.args.includes('--noEmit')))
        .map((check) => {
        const name = check.format === 'script' ? check.args[check.args.indexOf('run') + 1] : undefined;
        const script = name === undefined ? undefined : scripts[name];
        return { check, script: typeof script === 'string' ? script : undefined };
    });
    const rewriting = writers.filter((writer) => writer.script !== undefined && scriptRewrites(writer.script));
    return rewriting.length > 0 ? rewriting : writers;
}
/** One error finding per changed file, on the suspect check (or on every suspect, "one of"). */
function rewriteFindings(suspect, others, changed) {
    const { check, script } = suspect;
    const input = SCRIPT_INPUT[check.name];
    const how = script !== undefined ? `'${check.args.slice(check.args.indexOf('run') + 1).join(' ')}' (${script})` : `'${[check.command.split('/').pop(), ...check.args].join(' ')}'`;
    const who = others > 0 ? `${how} or another check that ran beside it` : how;
    const fix = check.format === 'script'
        ? `a check must only read the sources: make the script check-only (eslint without --fix, prettier --check, biome lint or check without --write, black --check)` +
            (input !== undefined ? `, or name a check-only script with the '${input}' input` : '')
        : `a check must only read the sources: set the referenced projects' outDir to an untracked folder`;
    return changed.files.map((file) => ({
        level: 'error',
        message: `${who} changed this file while checking it; ${fix}. ${changed.restored.has(file) ? 'It was restored to its content before the check.' : 'It was NOT restored: check the change in your work tree.'}`,
        file,
        source: 'quality-checks',
        rule: 'rewrites-sources',
    }));
}

;// CONCATENATED MODULE: ./src/core/quality/tsconfig.ts

/**
 * tsconfig.json as tsc reads it: JSON with comments and trailing commas. A "solution-style" tsconfig (the
 * Vite and nx layout) lists no files of its own (`"files": []`) and names the projects that hold the code in
 * `references`: `tsc -p .` checks nothing there, `tsc -b` checks every referenced project.
 */
/** JSON with `//` and block comments and trailing commas (tsconfig's dialect). Undefined when it does not parse. */
function parseJsonc(text) {
    let out = '';
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (char === '"') {
            const end = stringEnd(text, index);
            out += text.slice(index, end);
            index = end;
        }
        else if (char === '/' && text[index + 1] === '/') {
            while (index < text.length && text[index] !== '\n')
                index += 1;
        }
        else if (char === '/' && text[index + 1] === '*') {
            const end = text.indexOf('*/', index + 2);
            index = end < 0 ? text.length : end + 2;
        }
        else {
            out += char;
            index += 1;
        }
    }
    // Trailing commas: a comma followed only by whitespace before a closing bracket or brace (strings are intact,
    // and a comma inside a string is never followed by a bare `]` or `}` outside it, since strings were copied whole).
    const cleaned = removeTrailingCommas(out);
    try {
        return JSON.parse(cleaned.replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined;
    }
}
/** Where the JSON string that opens at `start` ends (just past its closing quote), escapes skipped whole. */
function stringEnd(text, start) {
    let end = start + 1;
    while (end < text.length && text[end] !== '"')
        end += text[end] === '\\' ? 2 : 1;
    return end + 1;
}
function removeTrailingCommas(text) {
    let out = '';
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (char === '"') {
            const end = stringEnd(text, index);
            out += text.slice(index, end);
            index = end;
            continue;
        }
        if (char === ',') {
            let next = index + 1;
            while (next < text.length && /\s/.test(text[next]))
                next += 1;
            if (text[next] === ']' || text[next] === '}') {
                index += 1;
                continue;
            }
        }
        out += char;
        index += 1;
    }
    return out;
}
/** What a tsconfig.json's text says about its layout; undefined when it does not parse. */
function tsconfigShape(text) {
    const value = parseJsonc(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const config = value;
    const references = Array.isArray(config.references)
        ? config.references.flatMap((entry) => (typeof entry?.path === 'string' ? [entry.path] : []))
        : [];
    const noOwnFiles = Array.isArray(config.files) && config.files.length === 0 && (config.include === undefined || (Array.isArray(config.include) && config.include.length === 0));
    return { solution: noOwnFiles && references.length > 0, references };
}
/**
 * The files `tsc --listFiles` printed that belong to the project: absolute paths of .ts/.tsx/.mts/.cts/.js
 * files (and declarations) outside node_modules (TypeScript's own lib files live there too).
 */
function listedProjectFiles(output) {
    const files = new Set();
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (!external_node_path_default().isAbsolute(line) || /[\\/]node_modules[\\/]/.test(line))
            continue;
        if (/\.(d\.)?[cm]?[tj]sx?$/.test(line))
            files.add(line);
    }
    return [...files];
}
/** Where a reference points: a tsconfig file itself, or a folder holding tsconfig.json. Relative to the project. */
function referencedConfig(fromConfig, reference) {
    const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(fromConfig), reference.split((external_node_path_default()).sep).join('/')));
    return target.endsWith('.json') ? target : external_node_path_default().posix.join(target, 'tsconfig.json');
}
/** The layout of a project's tsconfig.json and the configs it references (texts keyed by relative path). */
function typeCheckLayout(configs) {
    const root = configs.get('tsconfig.json');
    const rootShape = root === undefined ? undefined : tsconfigShape(root);
    if (rootShape === undefined || !rootShape.solution)
        return { solution: false, projects: [], needsEmit: false };
    const projects = [];
    let needsEmit = false;
    const seen = new Set(['tsconfig.json']);
    const queue = rootShape.references.map((reference) => referencedConfig('tsconfig.json', reference));
    while (queue.length > 0) {
        const config = queue.shift();
        if (seen.has(config))
            continue;
        seen.add(config);
        const text = configs.get(config);
        const shape = text === undefined ? undefined : tsconfigShape(text);
        if (shape === undefined || !shape.solution)
            projects.push(config);
        if (shape !== undefined && !shape.solution && shape.references.length > 0)
            needsEmit = true;
        for (const reference of shape?.references ?? [])
            queue.push(referencedConfig(config, reference));
    }
    return { solution: true, projects, needsEmit };
}

;// CONCATENATED MODULE: ./src/core/quality/plan-common.ts


function pyprojectOrNothing(snapshot) {
    try {
        return readPyproject(snapshot);
    }
    catch {
        return undefined;
    }
}
function command(name, label, cwd, tool, args, format) {
    return { kind: 'command', name, label, command: tool.command, args: [...tool.prefix, ...args], cwd, format };
}
function unavailable(name, label, reason) {
    return { kind: 'unavailable', name, label, reason };
}
function missing(name, label, reason, asked) {
    if (asked)
        throw new errors/* ConfigurationError */.j1(`Input 'checks' asks for '${name}', but ${reason}.`);
    return { kind: 'skipped', name, label, reason };
}

;// CONCATENATED MODULE: ./src/core/python-venv.ts

/** The project's own virtual environment, where setup-deps installs a pip or Poetry project. */
const VENV_FOLDER = '.venv';
/** The interpreter of the venv at `venv` (POSIX layout: runners and the local command run on Linux and macOS). */
function venvPython(venv) {
    return external_node_path_default().join(venv, 'bin', 'python');
}
/** Where the project's interpreter is looked for, in order: its .venv (as setup-deps leaves it), an activated venv, python3 on PATH. */
function pythonCandidates(directory, env) {
    return [venvPython(external_node_path_default().join(directory, VENV_FOLDER)), ...(env.VIRTUAL_ENV ? [venvPython(env.VIRTUAL_ENV)] : []), 'python3'];
}
/** The same order, in words, for an error that says where it looked. */
const PYTHON_CANDIDATES_TEXT = `${VENV_FOLDER}/bin/python, $VIRTUAL_ENV/bin/python and python3 on PATH`;

;// CONCATENATED MODULE: ./src/core/quality/python-plan.ts




/** The Python checks: the linters the project configures, mypy, pip-audit and pip's outdated list, from the venv first. */
const MODULE_NAMES = { pylint: 'pylint', mypy: 'mypy', ruff: 'ruff', flake8: 'flake8', black: 'black', 'pip-audit': 'pip_audit' };
function resolvePythonTool(facts, tool) {
    const directory = facts.snapshot.directory;
    if (facts.projectExecutables.has(`.venv/bin/${tool}`))
        return { command: external_node_path_default().join(directory, '.venv/bin', tool), prefix: [] };
    if (facts.venvModules.has(MODULE_NAMES[tool]))
        return { command: venvPython(external_node_path_default().join(directory, VENV_FOLDER)), prefix: ['-m', MODULE_NAMES[tool]] };
    const found = facts.onPath.get(tool);
    return found === undefined ? undefined : { command: found, prefix: [] };
}
const INSTALL_HINT = {
    pylint: "add pylint to the project's development requirements (pip install pylint, poetry add --group dev pylint)",
    mypy: "add mypy to the project's development requirements (pip install mypy, poetry add --group dev mypy)",
    ruff: "add ruff to the project's development requirements (pip install ruff, poetry add --group dev ruff)",
    flake8: "add flake8 to the project's development requirements (pip install flake8, poetry add --group dev flake8)",
    black: "add black to the project's development requirements (pip install black, poetry add --group dev black)",
    'pip-audit': 'install pip-audit (pip install pip-audit) in the venv or on PATH',
};
const LINTERS = ['ruff', 'flake8', 'pylint', 'black'];
function iniHasSection(text, section) {
    return text !== undefined && text.split(/\r?\n/).some((line) => section.test(line.trim()));
}
/** The development requirements' names: requirements files meant for development, and pyproject's dev groups. */
function devRequirementNames(facts) {
    const names = new Set();
    const add = (spec) => {
        const name = typeof spec === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1] : undefined;
        if (name !== undefined)
            names.add(name.toLowerCase().replace(/_/g, '-'));
    };
    const files = [...requirementsFiles(facts.snapshot).filter((name) => /dev|test|lint|check|ci/.test(name)), ...[...facts.snapshot.entries].filter(isDevRequirementsName)];
    for (const file of files) {
        for (const line of (facts.snapshot.texts.get(file) ?? '').split(/\r?\n/))
            if (!/^\s*(#|-)/.test(line))
                add(line);
    }
    const pyproject = pyprojectOrNothing(facts.snapshot);
    for (const group of Object.values(objectAt(pyproject, 'project', 'optional-dependencies') ?? {}))
        if (Array.isArray(group))
            group.forEach(add);
    for (const group of Object.values(objectAt(pyproject, 'dependency-groups') ?? {}))
        if (Array.isArray(group))
            group.forEach(add);
    for (const key of Object.keys(objectAt(pyproject, 'tool', 'poetry', 'dev-dependencies') ?? {}))
        add(key);
    for (const group of Object.values(objectAt(pyproject, 'tool', 'poetry', 'group') ?? {})) {
        for (const key of Object.keys(objectAt(group, 'dependencies') ?? {}))
            add(key);
    }
    return names;
}
/**
 * The Python linters the project configures, each with where it is configured: ruff (ruff.toml, [tool.ruff]),
 * flake8 (.flake8, [flake8] in setup.cfg or tox.ini), pylint (.pylintrc, pylintrc, [tool.pylint], [pylint.*]
 * sections), black ([tool.black]); failing any configuration, the ones the development requirements name.
 */
function configuredLinters(facts) {
    const { snapshot } = facts;
    const pyproject = pyprojectOrNothing(snapshot);
    const found = [];
    const first = (tool, sources) => {
        const source = sources.find(([present]) => present);
        if (source !== undefined)
            found.push({ tool, why: source[1] });
    };
    first('ruff', [
        [snapshot.entries.has('ruff.toml'), 'ruff.toml'],
        [snapshot.entries.has('.ruff.toml'), '.ruff.toml'],
        [objectAt(pyproject, 'tool', 'ruff') !== undefined, 'pyproject.toml [tool.ruff]'],
    ]);
    first('flake8', [
        [snapshot.entries.has('.flake8'), '.flake8'],
        [iniHasSection(facts.setupCfg, /^\[flake8\]$/), 'setup.cfg [flake8]'],
        [iniHasSection(facts.toxIni, /^\[flake8\]$/), 'tox.ini [flake8]'],
    ]);
    first('pylint', [
        [snapshot.entries.has('.pylintrc'), '.pylintrc'],
        [snapshot.entries.has('pylintrc'), 'pylintrc'],
        [objectAt(pyproject, 'tool', 'pylint') !== undefined, 'pyproject.toml [tool.pylint]'],
        [iniHasSection(facts.setupCfg, /^\[pylint[.\]]/), 'setup.cfg [pylint.*]'],
        [iniHasSection(facts.toxIni, /^\[pylint[.\]]/), 'tox.ini [pylint.*]'],
    ]);
    first('black', [[objectAt(pyproject, 'tool', 'black') !== undefined, 'pyproject.toml [tool.black]']]);
    if (found.length > 0)
        return found;
    const dev = devRequirementNames(facts);
    return LINTERS.filter((tool) => dev.has(tool)).map((tool) => ({ tool, why: 'the development requirements' }));
}
function configuresMypy(facts) {
    const { snapshot } = facts;
    return (facts.mypyIni !== undefined ||
        objectAt(pyprojectOrNothing(snapshot), 'tool', 'mypy') !== undefined ||
        /^\[mypy\]/m.test(facts.setupCfg ?? ''));
}
/**
 * Why mypy runs without being asked for: the project configures it (mypy.ini or .mypy.ini, [tool.mypy] in
 * pyproject.toml, [mypy] in setup.cfg) or its development requirements name it; undefined: neither.
 */
function mypyOptIn(facts) {
    if (configuresMypy(facts))
        return 'configures mypy';
    if (devRequirementNames(facts).has('mypy'))
        return 'names mypy in its development requirements';
    return undefined;
}
function mypyNotConfigured(cwd) {
    return `${cwd} has no mypy configuration (mypy.ini, .mypy.ini, [tool.mypy] in pyproject.toml, [mypy] in setup.cfg) and no mypy among its development requirements; checks: type-check runs it anyway`;
}
/** Whether the project's mypy configuration names the files to check itself (then no targets are passed, so it holds). */
function mypyConfiguresFiles(facts) {
    const fromPyproject = objectAt(pyprojectOrNothing(facts.snapshot), 'tool', 'mypy')?.files;
    if (fromPyproject !== undefined)
        return true;
    const iniSection = (text, section) => {
        const body = section.exec(text ?? '')?.[1] ?? '';
        return /^files\s*[=:]/m.test(body);
    };
    return iniSection(facts.mypyIni, /^\[mypy\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m) || iniSection(facts.setupCfg, /^\[mypy\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m);
}
/** The project's Python code: setuptools' or Poetry's declared packages, else src/, else its top-level packages. */
function pythonTargets(facts) {
    const pyproject = pyprojectOrNothing(facts.snapshot);
    const setuptools = objectAt(pyproject, 'tool', 'setuptools');
    const where = objectAt(setuptools, 'packages', 'find')?.where;
    if (Array.isArray(where) && where.every((entry) => typeof entry === 'string'))
        return where;
    if (Array.isArray(setuptools?.packages) && setuptools.packages.every((entry) => typeof entry === 'string')) {
        const base = typeof objectAt(setuptools, 'package-dir')?.[''] === 'string' ? objectAt(setuptools, 'package-dir')[''] : '.';
        return [...new Set(setuptools.packages.map((name) => external_node_path_default().join(base, name.split('.')[0])))];
    }
    const poetryPackages = objectAt(pyproject, 'tool', 'poetry')?.packages;
    if (Array.isArray(poetryPackages)) {
        const targets = poetryPackages
            .filter((entry) => typeof entry?.include === 'string')
            .map((entry) => external_node_path_default().join(entry.from ?? '.', entry.include));
        if (targets.length > 0)
            return targets;
    }
    if (facts.snapshot.entries.has('src'))
        return ['src'];
    return facts.packageFolders.filter((folder) => !/^(tests?|docs?|\..*)$/.test(folder));
}
const NO_PYTHON_LINTER = 'no Python linter is configured: add a [tool.ruff] section to pyproject.toml (or a [flake8] section to setup.cfg, ' +
    '[tool.pylint] or a .pylintrc for pylint, [tool.black] for black --check), with the tool among the development requirements';
function pythonLintCandidates(facts, targets, noTargets, toolMissing, asked) {
    const cwd = facts.snapshot.directory;
    const linters = configuredLinters(facts);
    if (linters.length === 0)
        return [{ name: 'lint', plan: () => missing('lint', 'lint (python)', NO_PYTHON_LINTER, asked('lint')) }];
    // flake8 and black find the files themselves (their own excludes, plus the usual venv and build folders).
    const EXCLUDES = '.venv,venv,.tox,.nox,.eggs,node_modules,build,dist,__pycache__';
    return linters.map(({ tool, why }) => ({
        name: 'lint',
        plan: () => {
            const label = `lint (${tool})`;
            if ((tool === 'pylint' || tool === 'ruff') && targets.length === 0)
                return missing('lint', label, noTargets, asked('lint'));
            const resolved = resolvePythonTool(facts, tool);
            if (resolved === undefined)
                return unavailable('lint', label, `the project configures ${tool} (${why}), but ${toolMissing(tool)}`);
            switch (tool) {
                case 'ruff':
                    return command('lint', label, cwd, resolved, ['check', '--output-format=json', ...targets], 'ruff-json');
                case 'flake8':
                    return command('lint', label, cwd, resolved, ['--format=default', `--extend-exclude=${EXCLUDES}`, '.'], 'flake8');
                case 'black':
                    return command('lint', label, cwd, resolved, ['--check', '--no-color', '.'], 'black');
                case 'pylint': {
                    // pylint from PATH runs on its own interpreter: pointed at the venv's site-packages (after its own
                    // paths, so its own modules win), it sees the project's packages instead of reporting import-errors.
                    const fromVenv = resolved.command.startsWith(external_node_path_default().join(cwd, VENV_FOLDER));
                    const sitePackages = fromVenv ? [] : (facts.venvSitePackages ?? []);
                    const hook = sitePackages.length > 0 ? [`--init-hook=import sys; sys.path.extend(${JSON.stringify(sitePackages)})`] : [];
                    return command('lint', label, cwd, resolved, [...hook, '--output-format=json', '--recursive=y', ...targets], 'pylint-json');
                }
            }
        },
    }));
}
function python_plan_pythonCandidates(facts, asked) {
    const cwd = facts.snapshot.directory;
    const targets = pythonTargets(facts);
    const noTargets = `no Python code was found in ${cwd} (looked for [tool.setuptools] packages, Poetry's packages, src/, and top-level packages)`;
    const toolMissing = (tool) => `${tool} is not installed in ${cwd}/.venv nor on PATH: ${INSTALL_HINT[tool]}`;
    return [
        ...pythonLintCandidates(facts, targets, noTargets, toolMissing, asked),
        {
            name: 'type-check',
            plan: () => {
                // mypy is opt-in, as npm's type-check script is: a project that neither configures it nor names it is not judged by it.
                const why = mypyOptIn(facts);
                if (why === undefined && !asked('type-check'))
                    return missing('type-check', 'type-check (mypy)', mypyNotConfigured(cwd), false);
                if (targets.length === 0 && !mypyConfiguresFiles(facts))
                    return missing('type-check', 'type-check (mypy)', noTargets, asked('type-check'));
                const resolved = resolvePythonTool(facts, 'mypy');
                if (resolved === undefined) {
                    if (why !== undefined && !asked('type-check'))
                        return unavailable('type-check', 'type-check (mypy)', `the project ${why}, but ${toolMissing('mypy')}`);
                    return missing('type-check', 'type-check (mypy)', toolMissing('mypy'), asked('type-check'));
                }
                const args = ['--show-column-numbers', '--no-error-summary', '--no-color-output', '--no-pretty', '--show-error-codes'];
                if (facts.projectExecutables.has('.venv/bin/python'))
                    args.push('--python-executable', venvPython(external_node_path_default().join(cwd, VENV_FOLDER)));
                return command('type-check', 'type-check (mypy)', cwd, resolved, mypyConfiguresFiles(facts) ? args : [...args, ...targets], 'mypy');
            },
        },
        {
            name: 'audit',
            plan: () => {
                const resolved = resolvePythonTool(facts, 'pip-audit');
                if (resolved === undefined)
                    return missing('audit', 'audit (pip-audit)', toolMissing('pip-audit'), asked('audit'));
                const requirements = requirementsFiles(facts.snapshot).filter((file) => !/dev|test/.test(file));
                const args = requirements.length > 0 ? requirements.flatMap((file) => ['-r', file]) : [];
                return command('audit', 'audit (pip-audit)', cwd, resolved, ['-f', 'json', '--progress-spinner', 'off', ...args], 'pip-audit');
            },
        },
        {
            name: 'outdated',
            plan: () => facts.projectExecutables.has('.venv/bin/python')
                ? command('outdated', 'outdated (pip list --outdated)', cwd, { command: venvPython(external_node_path_default().join(cwd, VENV_FOLDER)), prefix: [] }, ['-m', 'pip', 'list', '--outdated', '--format=json', '--local', '--not-required', '--retries', '0', '--timeout', '15', '-vv'], 'pip-outdated')
                : missing('outdated', 'outdated (pip list --outdated)', `${cwd} has no .venv (install the project first, e.g. with setup-deps)`, asked('outdated')),
        },
    ];
}
/** Plans every check that applies (or the ones asked for) in the order of CHECK_NAMES, Node before Python. */

;// CONCATENATED MODULE: ./src/core/quality/check-plan.ts






/**
 * Which checks run on a project, with which tool and command: decided from the project's files and the
 * tools found installed, never from the environment directly.
 */
const CHECK_NAMES = ['lint', 'type-check', 'audit', 'outdated', 'config'];
const ESLINT_CONFIGS = /^(eslint\.config\.(js|mjs|cjs|ts|mts|cts)|\.eslintrc(\.(js|cjs|yaml|yml|json))?)$/;
function parseChecksInput(raw) {
    const names = raw
        .split(/[\s,]+/)
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== '');
    if (names.length === 0 || (names.length === 1 && names[0] === 'all'))
        return undefined;
    const unknown = names.filter((name) => !CHECK_NAMES.includes(name));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'checks' must be 'all' or a comma-separated list of ${CHECK_NAMES.join(', ')} (got ${unknown.map((name) => `'${name}'`).join(', ')}).`);
    }
    return [...new Set(names)];
}
function isNodeProject(snapshot) {
    return snapshot.entries.has('package.json');
}
function isPythonProject(snapshot) {
    return ['pyproject.toml', 'setup.py', 'setup.cfg'].some((name) => snapshot.entries.has(name)) || requirementsFiles(snapshot).length > 0;
}
/** A manifest that does not parse is the config check's finding: planning goes on as if it said nothing. */ function manifestOrNothing(snapshot) {
    try {
        return readPackageJson(snapshot);
    }
    catch {
        return undefined;
    }
}
function scriptRunner(snapshot) {
    if (snapshot.entries.has('pnpm-lock.yaml'))
        return 'pnpm';
    if (snapshot.entries.has('yarn.lock'))
        return 'yarn';
    return 'npm';
}
function scripts(snapshot) {
    return objectAt(manifestOrNothing(snapshot), 'scripts') ?? {};
}
/** The script to run: the one asked for (which must exist), else the default name when present. */
function chooseScript(snapshot, input, asked, fallback) {
    const available = scripts(snapshot);
    if (asked !== undefined && asked !== '') {
        if (typeof available[asked] === 'string')
            return asked;
        const names = Object.keys(available);
        throw new errors/* ConfigurationError */.j1(`Input '${input}' is '${asked}', but package.json in ${snapshot.directory} has no such script ` +
            `(it has ${names.length > 0 ? names.map((name) => `'${name}'`).join(', ') : 'no scripts'}). Name one of them, or leave the input empty.`);
    }
    return typeof available[fallback] === 'string' ? fallback : undefined;
}
function hasEslintConfig(snapshot) {
    return [...snapshot.entries].some((name) => ESLINT_CONFIGS.test(name)) || objectAt(manifestOrNothing(snapshot), 'eslintConfig') !== undefined;
}
function nodeCandidates(facts, selection, asked) {
    const { snapshot } = facts;
    const cwd = snapshot.directory;
    const runner = scriptRunner(snapshot);
    const bin = (tool) => facts.projectExecutables.has(`node_modules/.bin/${tool}`) ? { command: external_node_path_default().join(cwd, 'node_modules/.bin', tool), prefix: [] } : undefined;
    const viaScript = (name, script) => command(name, `${name} (${runner} run ${script})`, cwd, { command: runner, prefix: [] }, ['run', script], 'script');
    return [
        {
            name: 'lint',
            plan: () => {
                const script = chooseScript(snapshot, 'lint-script', selection.lintScript, 'lint');
                if (script !== undefined)
                    return viaScript('lint', script);
                if (!hasEslintConfig(snapshot) && (snapshot.entries.has('biome.json') || snapshot.entries.has('biome.jsonc'))) {
                    // Biome configured, no script to run it: `biome lint` as its configuration says (read-only: no --write).
                    const biome = bin('biome');
                    return biome
                        ? command('lint', 'lint (biome lint)', cwd, biome, ['lint', '.'], 'biome')
                        : unavailable('lint', 'lint (biome lint)', `${cwd} has a Biome configuration but no node_modules/.bin/biome: install the project's dependencies first (setup-deps, npm ci), with @biomejs/biome among its devDependencies`);
                }
                if (!hasEslintConfig(snapshot)) {
                    return missing('lint', 'lint', `${cwd} has no 'lint' script in package.json, no ESLint configuration and no biome.json`, asked('lint'));
                }
                const eslint = bin('eslint');
                // The project configures ESLint: a missing binary is a failed check, not a check that does not apply.
                return eslint
                    ? command('lint', 'lint (eslint)', cwd, eslint, ['-f', 'json', '.'], 'eslint-json')
                    : unavailable('lint', 'lint (eslint)', `${cwd} has an ESLint configuration but no node_modules/.bin/eslint: install the project's dependencies first (setup-deps, npm ci), with eslint among its devDependencies`);
            },
        },
        {
            name: 'type-check',
            plan: () => {
                const script = chooseScript(snapshot, 'type-check-script', selection.typeCheckScript, 'type-check');
                if (script !== undefined) {
                    const planned = viaScript('type-check', script);
                    const layout = typeCheckLayout(facts.tsconfigs ?? new Map());
                    const text = scripts(snapshot)[script];
                    // `tsc --noEmit` alone on a solution-style tsconfig checks no file and passes: say so, on tsconfig.json.
                    if (layout.solution && typeof text === 'string' && /^\s*tsc(\s+--?[\w-]+(=\S+)?)*\s*$/.test(text) && !/\s(-b|--build|-p|--project)\b/.test(` ${text}`)) {
                        planned.knownFindings = [{
                                level: 'error',
                                file: 'tsconfig.json',
                                message: `the '${script}' script runs '${text.trim()}', which checks no file here: tsconfig.json is solution-style ("files": [] with references). ` +
                                    `Use 'tsc -b' (with --noEmit when the referenced projects set noEmit), or remove the script and let quality-checks run tsc -b`,
                                source: 'quality-checks',
                                rule: 'solution-tsconfig',
                            }];
                    }
                    return planned;
                }
                if (!snapshot.entries.has('tsconfig.json')) {
                    return missing('type-check', 'type-check', `${cwd} has no 'type-check' script in package.json and no tsconfig.json`, asked('type-check'));
                }
                const tsc = bin('tsc');
                const layout = typeCheckLayout(facts.tsconfigs ?? new Map());
                // `--listFiles` names every file tsc checked: the outcome reports how many, and none is a failure.
                // A solution-style tsconfig (`"files": []` with references: Vite's and nx's layout) has no files of its
                // own: build mode checks each referenced project (`--force`: an up-to-date build info would skip them).
                // Projects that reference each other need each other's declarations: then the build emits, as the
                // project's own `tsc -b` does, into the outDirs its configs name.
                if (tsc && layout.solution) {
                    const emit = layout.needsEmit ? [] : ['--noEmit'];
                    return command('type-check', `type-check (tsc -b${layout.needsEmit ? '' : ' --noEmit'})`, cwd, tsc, ['-b', '.', ...emit, '--force', '--pretty', 'false', '--listFiles'], 'tsc');
                }
                return tsc
                    ? command('type-check', 'type-check (tsc)', cwd, tsc, ['--noEmit', '--pretty', 'false', '--listFiles', '-p', '.'], 'tsc')
                    : unavailable('type-check', 'type-check (tsc)', `${cwd} has a tsconfig.json but no node_modules/.bin/tsc: install the project's dependencies first (setup-deps, npm ci), with typescript among its devDependencies`);
            },
        },
        {
            name: 'audit',
            plan: () => {
                const tool = { command: runner, prefix: [] };
                if (runner === 'yarn')
                    return command('audit', 'audit (yarn audit)', cwd, tool, ['audit', '--groups', 'dependencies', '--json'], 'yarn-audit');
                if (runner === 'pnpm')
                    return command('audit', 'audit (pnpm audit)', cwd, tool, ['audit', '--prod', '--json'], 'npm-audit');
                return command('audit', 'audit (npm audit)', cwd, tool, ['audit', '--omit=dev', '--json'], 'npm-audit');
            },
        },
        {
            name: 'outdated',
            plan: () => {
                const tool = { command: runner, prefix: [] };
                if (runner === 'yarn')
                    return command('outdated', 'outdated (yarn outdated)', cwd, tool, ['outdated', '--json'], 'yarn-outdated');
                if (runner === 'pnpm')
                    return command('outdated', 'outdated (pnpm outdated)', cwd, tool, ['outdated', '--format', 'json'], 'npm-outdated');
                return command('outdated', 'outdated (npm outdated)', cwd, tool, ['outdated', '--json'], 'npm-outdated');
            },
        },
    ];
}
function planChecks(facts, selection) {
    const { snapshot } = facts;
    const node = isNodeProject(snapshot);
    const python = isPythonProject(snapshot);
    if (!node && !python) {
        throw new errors/* ConfigurationError */.j1(`No project to check in ${snapshot.directory}: looked for package.json, pyproject.toml, setup.py, setup.cfg and requirements*.txt. ` +
            `Set 'working-directory' to the folder that holds your project's manifest.`);
    }
    const asked = (name) => selection.requested?.includes(name) ?? false;
    const wanted = (name) => selection.requested === undefined || asked(name);
    const candidates = [...(node ? nodeCandidates(facts, selection, asked) : []), ...(python ? python_plan_pythonCandidates(facts, asked) : [])];
    const planned = [];
    for (const name of CHECK_NAMES) {
        if (!wanted(name))
            continue;
        if (name === 'config') {
            planned.push({ kind: 'inline', name, label: 'config' });
            continue;
        }
        for (const candidate of candidates.filter((entry) => entry.name === name))
            planned.push(candidate.plan());
    }
    return planned;
}


;// CONCATENATED MODULE: ./src/core/quality/check-outcome.ts
// What a quality check came to, and what the step makes of the outcomes: whether a check fails it (fail-on), the
// counts and outputs, and the words the log and the summary use for a result.

const FAIL_ON = ['error', 'warning', 'never'];
/** What the log shows for a tool asked for JSON: a line per finding (file:line:col: level: message), or the result. */
function readableLines(outcome) {
    // resultText already carries the reason of a skipped, crashed or failed check: the detail is added once.
    const withDetail = outcome.detail !== undefined && (outcome.status === 'passed' || outcome.status === 'findings');
    const head = `${outcome.label}: ${resultText({ ...outcome })}${withDetail ? ` (${outcome.detail})` : ''}`;
    return [head, ...rankFindings(outcome.findings).map((finding) => `  ${oneLine(formatFinding(finding))}`)];
}
function checkFails(outcome, failOn) {
    if (failOn === 'never')
        return false;
    if (outcome.status === 'crashed' || outcome.status === 'failed' || outcome.status === 'timed-out')
        return true;
    if (!outcome.gating)
        return false;
    return outcome.findings.some((finding) => finding.level === 'error' || (failOn === 'warning' && finding.level === 'warning'));
}
function countLevels(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.level] += 1;
    return counts;
}
function qualityVerdict(outcomes, failOn) {
    const failedChecks = outcomes.filter((outcome) => checkFails(outcome, failOn));
    const counts = countLevels(outcomes.flatMap((outcome) => outcome.findings));
    const failedNames = [...new Set(failedChecks.map((outcome) => outcome.name))];
    const outputs = {
        'error-count': String(counts.error),
        'warning-count': String(counts.warning),
        'notice-count': String(counts.notice),
        'failed-checks': failedNames.join(','),
    };
    const failure = failedChecks.length === 0
        ? undefined
        : `Quality checks failed (fail-on: ${failOn}): ${failedChecks.map((outcome) => `${outcome.label} ${resultText(outcome)}`).join('; ')}.`;
    return { failedChecks, counts, outputs, failure };
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function resultText(outcome) {
    switch (outcome.status) {
        case 'passed':
            return outcome.findingsRead === false ? `passed (${outcome.detail?.split(':')[0] ?? 'findings not read'})` : 'passed';
        case 'failed':
            return outcome.findingsRead === false ? `failed (${outcome.detail?.split(':')[0] ?? 'findings not read'})` : `failed: ${(outcome.detail ?? '').split('\n')[0]}`;
        case 'skipped':
            return `skipped: ${outcome.detail ?? 'not applicable'}`;
        case 'crashed':
            return `crashed: ${(outcome.detail ?? '').split('\n')[0]}`;
        case 'timed-out':
            return `timed out: ${(outcome.detail ?? '').split('\n')[0]}`;
        case 'findings': {
            const counts = countLevels(outcome.findings);
            const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'notice')].filter((part) => !part.startsWith('0 '));
            return parts.join(', ');
        }
    }
}
function oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ');
}

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

// EXTERNAL MODULE: ./src/core/ansi.ts
var ansi = __nccwpck_require__(5084);
;// CONCATENATED MODULE: ./src/core/quality/tool-output.ts


function workspacePath(context, file) {
    const absolute = external_node_path_default().isAbsolute(file) ? file : external_node_path_default().join(context.directory, file);
    return external_node_path_default().relative(context.workspace, absolute).split((external_node_path_default()).sep).join('/');
}
/** The JSON value in `text` that starts at a line beginning with `[` or `{` (tools may print a banner or a log first). */
function parseJsonValue(text) {
    const trimmed = text.trim();
    const starts = [0, ...[...trimmed.matchAll(/\n(?=[[{])/g)].map((match) => (match.index ?? 0) + 1)];
    for (const start of starts) {
        try {
            return JSON.parse(trimmed.slice(start));
        }
        catch {
            // not here: try the next line that opens a JSON value
        }
    }
    return undefined;
}
function positiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
/** ESLint's stylish format drops a message's final period: so does the JSON reading, so both read the same. */
function stripDot(message) {
    return message.trim().replace(/\.$/, '');
}
/** `eslint -f json`: an array of files, each with messages (severity 2 error, 1 warning). Undefined when it is not that. */
function parseEslintJson(text, context) {
    const value = parseJsonValue(text);
    if (!Array.isArray(value) || !value.every((entry) => entry !== null && typeof entry === 'object' && 'filePath' in entry))
        return undefined;
    const findings = [];
    for (const entry of value) {
        for (const message of entry.messages ?? []) {
            findings.push({
                level: message.severity === 2 || message.fatal ? 'error' : 'warning',
                message: stripDot(message.message ?? ''),
                file: workspacePath(context, entry.filePath),
                line: positiveInteger(message.line),
                column: positiveInteger(message.column),
                endLine: positiveInteger(message.endLine),
                endColumn: positiveInteger(message.endColumn),
                source: 'eslint',
                rule: message.ruleId ?? undefined,
            });
        }
    }
    return findings;
}
const STYLISH_FILE = /^(\/\S.*|[A-Za-z]:\\.*)$/;
const STYLISH_MESSAGE = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
/** ESLint's default "stylish" format: an absolute file path line, then indented `line:col  level  message  rule` lines. */
function parseEslintStylish(text, context) {
    const findings = [];
    let file;
    for (const raw of text.split(/\r?\n/)) {
        const line = (0,ansi/* stripColors */.T)(raw);
        if (line.trim() === '') {
            file = undefined;
            continue;
        }
        if (STYLISH_FILE.test(line)) {
            file = line.trim();
            continue;
        }
        const match = file === undefined ? null : STYLISH_MESSAGE.exec(line);
        if (match === null || file === undefined)
            continue;
        findings.push({
            level: match[3],
            message: match[4],
            file: workspacePath(context, file),
            line: Number(match[1]) || undefined,
            column: Number(match[2]) || undefined,
            source: 'eslint',
            rule: match[5],
        });
    }
    return findings;
}
// ---------- tsc ----------
const TSC_LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
const TSC_GLOBAL = /^(error|warning) (TS\d+): (.*)$/;
/** `tsc --pretty false` (its default when not on a terminal): `file(line,col): error TSnnnn: message`, continuation lines indented. */
function parseTscOutput(text, context) {
    const findings = [];
    let last;
    for (const raw of text.split(/\r?\n/)) {
        const line = (0,ansi/* stripColors */.T)(raw);
        const located = TSC_LOCATED.exec(line);
        const global = located ? null : TSC_GLOBAL.exec(line);
        if (located) {
            last = {
                level: located[4],
                message: located[6],
                file: workspacePath(context, located[1]),
                line: Number(located[2]),
                column: Number(located[3]),
                source: 'tsc',
                rule: located[5],
            };
            findings.push(last);
        }
        else if (global) {
            last = { level: global[1], message: global[3], source: 'tsc', rule: global[2] };
            findings.push(last);
        }
        else if (last !== undefined && /^\s+\S/.test(line)) {
            last.message += `\n${line.trimEnd()}`;
        }
        else {
            last = undefined;
        }
    }
    return findings;
}
// ---------- pylint ----------
const PYLINT_LEVELS = {
    fatal: 'error',
    error: 'error',
    warning: 'warning',
    refactor: 'notice',
    convention: 'notice',
    info: 'notice',
};
/** `pylint --output-format=json`: columns are 0-based there, 1-based in findings. */
function parsePylintJson(text, context) {
    const value = parseJsonValue(text);
    if (!Array.isArray(value))
        return undefined;
    return value.map((message) => ({
        level: PYLINT_LEVELS[message.type ?? ''] ?? 'warning',
        message: message.message ?? '',
        file: message.path ? workspacePath(context, message.path) : undefined,
        line: positiveInteger(message.line),
        column: typeof message.column === 'number' ? message.column + 1 : undefined,
        endLine: positiveInteger(message.endLine),
        endColumn: typeof message.endColumn === 'number' ? message.endColumn + 1 : undefined,
        source: 'pylint',
        rule: [message['message-id'], message.symbol].filter(Boolean).join(' ') || undefined,
    }));
}
/** `ruff check --output-format=json`: every violation fails `ruff check`, so each is an error. */
function parseRuffJson(text, context) {
    const value = parseJsonValue(text);
    if (!Array.isArray(value))
        return undefined;
    return value.map((message) => ({
        level: 'error',
        message: message.message ?? '',
        file: message.filename ? workspacePath(context, message.filename) : undefined,
        line: positiveInteger(message.location?.row),
        column: positiveInteger(message.location?.column),
        endLine: positiveInteger(message.end_location?.row),
        endColumn: positiveInteger(message.end_location?.column),
        source: 'ruff',
        rule: message.code ?? undefined,
    }));
}
// ---------- mypy ----------
const MYPY_LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?:\s{2}\[([\w-]+)\])?$/;
/**
 * mypy's text output with `--show-column-numbers --no-error-summary` (mypy before 1.11 has no `-O json`):
 * `file:line:col: error: message  [code]`. Notes explain the error above them and are appended to it.
 */
function parseMypyOutput(text, context) {
    const findings = [];
    let last;
    for (const line of text.split(/\r?\n/)) {
        const match = MYPY_LINE.exec(line);
        if (match === null)
            continue;
        const [, file, lineNumber, column, level, message, code] = match;
        if (level === 'note') {
            if (last !== undefined && last.file === workspacePath(context, file))
                last.message += `\n${message}`;
            continue;
        }
        last = {
            level: level,
            message,
            file: workspacePath(context, file),
            line: Number(lineNumber),
            column: column === undefined ? undefined : Number(column),
            source: 'mypy',
            rule: code,
        };
        findings.push(last);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/quality/dependency-reports.ts

const AUDIT_LEVELS = ['low', 'moderate', 'high', 'critical'];
const SEVERITY_RANK = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };
const UNREACHABLE = /\b(E?405|E?5\d\d|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|Method Not Allowed|Service Unavailable|Bad Gateway|network|socket hang up|Max retries exceeded|Failed to establish a new connection|NewConnectionError|ConnectionError|Could not fetch URL|Temporary failure in name resolution)\b/i;
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** npm prints `{ "error": { code, summary, detail } }` (and, for HTTP errors, message and statusCode) when a command fails. */
function npmError(value) {
    if (!('error' in value) && !('statusCode' in value))
        return undefined;
    const error = isObject(value.error) ? value.error : {};
    const parts = [value.message, error.code, error.message, error.summary, error.detail]
        .filter((part) => typeof part === 'string' && part.trim() !== '')
        .map((part) => part.trim());
    const status = typeof value.statusCode === 'number' ? value.statusCode : undefined;
    const reason = parts.length > 0 ? [...new Set(parts)].join(': ') : `HTTP ${status ?? 'error'}`;
    return { reason, unreachable: (status !== undefined && (status === 405 || status >= 500 || status === 404)) || UNREACHABLE.test(reason) };
}
function firstLine(text) {
    return text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
}
/** `npm audit --omit=dev --json` (report version 2). Vulnerabilities at or above `threshold` are errors, the others notices. */
function readNpmAudit(stdout, stderr, threshold, manifest) {
    const value = parseJsonValue(stdout);
    if (!isObject(value)) {
        const line = firstLine(stderr) || firstLine(stdout);
        return UNREACHABLE.test(`${stderr}\n${stdout}`)
            ? { kind: 'unreachable', reason: `the advisory source could not be reached (${line})` }
            : { kind: 'unreadable', reason: `npm audit printed no JSON report (${line || 'no output'})` };
    }
    const error = npmError(value);
    if (error !== undefined) {
        return error.unreachable
            ? { kind: 'unreachable', reason: `the advisory source could not be reached (${error.reason})` }
            : { kind: 'unreadable', reason: `npm audit failed: ${error.reason}` };
    }
    if (isObject(value.advisories))
        return readAdvisories(Object.values(value.advisories), threshold, manifest, 'pnpm audit');
    const vulnerabilities = isObject(value.vulnerabilities) ? value.vulnerabilities : {};
    const findings = [];
    const counts = {};
    for (const [name, vulnerability] of Object.entries(vulnerabilities).sort(([a], [b]) => a.localeCompare(b))) {
        const severity = vulnerability.severity ?? 'info';
        counts[severity] = (counts[severity] ?? 0) + 1;
        const advisories = (vulnerability.via ?? []).map((via) => (typeof via === 'string' ? `via ${via}` : [via.title, via.url].filter(Boolean).join(' ')));
        const level = (SEVERITY_RANK[severity] ?? 0) >= SEVERITY_RANK[threshold] ? 'error' : 'notice';
        findings.push({
            level,
            message: `${name} (${severity}, ${vulnerability.isDirect ? 'direct' : 'transitive'}): ${[...new Set(advisories)].join('; ') || 'see npm audit'}${vulnerability.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`,
            file: manifest,
            source: 'npm audit',
            rule: severity,
        });
    }
    const counted = Object.entries(counts).map(([severity, count]) => `${count} ${severity}`).join(', ');
    return { kind: 'read', findings, summary: findings.length === 0 ? 'no known vulnerabilities' : `${counted} (threshold: ${threshold})` };
}
function readAdvisories(advisories, threshold, manifest, source) {
    const counts = {};
    const findings = advisories
        .sort((a, b) => (a.module_name ?? '').localeCompare(b.module_name ?? '') || (a.id ?? 0) - (b.id ?? 0))
        .map((advisory) => {
        const severity = advisory.severity ?? 'info';
        counts[severity] = (counts[severity] ?? 0) + 1;
        return {
            level: (SEVERITY_RANK[severity] ?? 0) >= SEVERITY_RANK[threshold] ? 'error' : 'notice',
            message: `${advisory.module_name} (${severity}): ${[advisory.title, advisory.url].filter(Boolean).join(' ')}`,
            file: manifest,
            source,
            rule: severity,
        };
    });
    const counted = Object.entries(counts).map(([severity, count]) => `${count} ${severity}`).join(', ');
    return { kind: 'read', findings, summary: findings.length === 0 ? 'no known vulnerabilities' : `${counted} (threshold: ${threshold})` };
}
/** yarn classic's `--json`: one JSON object a line, each with a type and data. */
function jsonLines(text) {
    return text
        .split(/\r?\n/)
        .filter((line) => line.trim().startsWith('{'))
        .flatMap((line) => {
        try {
            return [JSON.parse(line)];
        }
        catch {
            return [];
        }
    });
}
function yarnError(stdout, stderr) {
    const error = jsonLines(`${stdout}\n${stderr}`).find((line) => line.type === 'error');
    return error === undefined ? undefined : firstLine(String(error.data));
}
/** `yarn audit --groups dependencies --json` (yarn classic). */
function readYarnAudit(stdout, stderr, threshold, manifest) {
    const error = yarnError(stdout, stderr);
    if (error !== undefined) {
        return UNREACHABLE.test(error) || /returned a (405|5\d\d)\b/.test(error)
            ? { kind: 'unreachable', reason: `the advisory source could not be reached (${error})` }
            : { kind: 'unreadable', reason: `yarn audit failed: ${error}` };
    }
    const lines = jsonLines(stdout);
    if (!lines.some((line) => line.type === 'auditSummary'))
        return { kind: 'unreadable', reason: `yarn audit printed no summary (${firstLine(stderr) || firstLine(stdout) || 'no output'})` };
    const advisories = new Map();
    for (const line of lines) {
        const advisory = line.type === 'auditAdvisory' && isObject(line.data) && isObject(line.data.advisory) ? line.data.advisory : undefined;
        if (advisory !== undefined)
            advisories.set(advisory.id ?? advisories.size, advisory);
    }
    return readAdvisories([...advisories.values()], threshold, manifest, 'yarn audit');
}
/** `yarn outdated --json` (yarn classic): a table of Package, Current, Wanted, Latest, Package Type, URL. */
function readYarnOutdated(stdout, stderr, level, manifest) {
    const error = yarnError(stdout, stderr);
    if (error !== undefined) {
        return UNREACHABLE.test(error)
            ? { kind: 'unreachable', reason: `the registry could not be reached (${error})` }
            : { kind: 'unreadable', reason: `yarn outdated failed: ${error}` };
    }
    const table = jsonLines(stdout).find((line) => line.type === 'table');
    const rows = isObject(table?.data) && Array.isArray(table.data.body) ? table.data.body : [];
    const findings = rows
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([name, current, wanted, latest]) => ({
        level,
        message: `${name} ${current} is outdated: wanted ${wanted}, latest ${latest}`,
        file: manifest,
        source: 'yarn outdated',
    }));
    return { kind: 'read', findings, summary: findings.length === 0 ? 'all direct dependencies up to date' : `${findings.length} outdated` };
}
/** `pip-audit -f json`: it reports no severities, so every known vulnerability is an error. */
function readPipAudit(stdout, stderr, manifest) {
    const value = parseJsonValue(stdout);
    if (!isObject(value) || !Array.isArray(value.dependencies)) {
        const line = firstLine(stderr) || firstLine(stdout);
        return UNREACHABLE.test(`${stderr}\n${stdout}`)
            ? { kind: 'unreachable', reason: `the advisory source could not be reached (${line})` }
            : { kind: 'unreadable', reason: `pip-audit printed no JSON report (${line || 'no output'})` };
    }
    const findings = [];
    for (const dependency of value.dependencies) {
        for (const vulnerability of dependency.vulns ?? []) {
            const fix = vulnerability.fix_versions?.length ? ` (fixed in ${vulnerability.fix_versions.join(', ')})` : '';
            findings.push({
                level: 'error',
                message: `${dependency.name} ${dependency.version}: ${vulnerability.id}${fix}`,
                file: manifest,
                source: 'pip-audit',
                rule: vulnerability.id,
            });
        }
    }
    return { kind: 'read', findings, summary: findings.length === 0 ? 'no known vulnerabilities' : `${findings.length} known vulnerabilities` };
}
/** `npm outdated --json` and `pnpm outdated --format json` (direct dependencies; exit code 1 when any is outdated). */
function readNpmOutdated(stdout, stderr, level, manifest, source = 'npm outdated') {
    const value = stdout.trim() === '' ? {} : parseJsonValue(stdout);
    if (!isObject(value)) {
        const line = firstLine(stderr) || firstLine(stdout);
        return UNREACHABLE.test(`${stderr}\n${stdout}`)
            ? { kind: 'unreachable', reason: `the registry could not be reached (${line})` }
            : { kind: 'unreadable', reason: `npm outdated printed no JSON report (${line || 'no output'})` };
    }
    const error = npmError(value);
    if (error !== undefined) {
        return error.unreachable
            ? { kind: 'unreachable', reason: `the registry could not be reached (${error.reason})` }
            : { kind: 'unreadable', reason: `npm outdated failed: ${error.reason}` };
    }
    const findings = Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, entry]) => ({
        level,
        message: `${name} ${entry.current ?? '(not installed)'} is outdated: wanted ${entry.wanted ?? '?'}, latest ${entry.latest ?? '?'}`,
        file: manifest,
        source,
    }));
    return { kind: 'read', findings, summary: findings.length === 0 ? 'all direct dependencies up to date' : `${findings.length} outdated` };
}
/** The packages every venv is seeded with: not the project's dependencies. */
const VENV_SEEDS = new Set(['pip', 'setuptools', 'wheel', 'distribute']);
/**
 * `pip list --outdated --format=json --local --not-required -vv`. pip does not fail when an index cannot be
 * reached: it only logs "Could not fetch URL" at -vv (on stdout, before the JSON) and reports what the other
 * sources had, so any such line makes the answer incomplete: skipped, with the line as the reason.
 */
function readPipOutdated(stdout, stderr, level, manifest) {
    const fetchFailure = /Could not fetch URL (\S+?):? ([^(:\n]*)/.exec(`${stderr}\n${stdout}`);
    if (fetchFailure !== null) {
        return { kind: 'unreachable', reason: `the package index could not be reached (Could not fetch URL ${fetchFailure[1]}: ${fetchFailure[2].trim()})` };
    }
    if (UNREACHABLE.test(stderr)) {
        const line = stderr.split(/\r?\n/).find((candidate) => UNREACHABLE.test(candidate))?.trim() ?? firstLine(stderr);
        return { kind: 'unreachable', reason: `the package index could not be reached (${line})` };
    }
    const value = parseJsonValue(stdout);
    if (!Array.isArray(value))
        return { kind: 'unreadable', reason: `pip list printed no JSON report (${firstLine(stderr) || firstLine(stdout) || 'no output'})` };
    const findings = value
        .filter((entry) => !VENV_SEEDS.has((entry.name ?? '').toLowerCase()))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
        .map((entry) => ({
        level,
        message: `${entry.name} ${entry.version} is outdated: latest ${entry.latest_version}`,
        file: manifest,
        source: 'pip list --outdated',
    }));
    return { kind: 'read', findings, summary: findings.length === 0 ? 'all top-level packages up to date' : `${findings.length} outdated` };
}

;// CONCATENATED MODULE: ./src/core/quality/linter-formats.ts


/**
 * The formats of the linters people use besides ESLint (biome, prettier --check, stylelint, xo, standard,
 * flake8, black --check), and the reading of a project's own script, whose output has no declared format.
 */
// ---------- flake8 and black ----------
const FLAKE8_LINE = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;
/** `flake8 --format=default`: `file:line:col: CODE message`; flake8 fails on any, so each is an error. */
function parseFlake8(text, context) {
    return plainLines(text).flatMap((line) => {
        const match = FLAKE8_LINE.exec(line);
        if (!match)
            return [];
        return [{ level: 'error', message: match[5], file: workspacePath(context, match[1].replace(/^\.\//, '')), line: Number(match[2]), column: Number(match[3]), source: 'flake8', rule: match[4] }];
    });
}
/** `black --check`: `would reformat FILE` for each file it would change (on stderr); the check fails on any. */
function parseBlackCheck(text, context) {
    return plainLines(text).flatMap((line) => {
        const match = /^would reformat (.+)$/.exec(line.trim());
        if (!match)
            return [];
        return [{ level: 'error', message: 'black would reformat this file (black fixes it)', file: workspacePath(context, match[1]), source: 'black', rule: 'format' }];
    });
}
function plainLines(text) {
    return text.split(/\r?\n/).map((line) => (0,ansi/* stripColors */.T)(line));
}
const BIOME_LOCATED = /^(\S+?):(\d+):(\d+) ((?:lint|assist|suppressions|parse|syntax)\S*|format|organizeImports)\b.*━/;
const BIOME_FILE = /^(\S+\.\w+) ((?:lint|assist|suppressions|parse|syntax)\S*|format|organizeImports)\b.*━/;
const BIOME_MARK = { '×': 'error', '✖': 'error', '!': 'warning', '⚠': 'warning', i: 'notice', ℹ: 'notice' };
/**
 * Biome's default reporter (`biome lint`, `biome check`, `biome ci`): a header `file:line:col category ━━━`
 * (or `file format ━━━` for a file the formatter would change), then the message after a mark: × error,
 * ! warning, i information.
 */
function parseBiome(text, context) {
    const findings = [];
    const lines = plainLines(text);
    for (let index = 0; index < lines.length; index += 1) {
        const located = BIOME_LOCATED.exec(lines[index]);
        const whole = located ? null : BIOME_FILE.exec(lines[index]);
        if (!located && !whole)
            continue;
        const message = lines.slice(index + 1, index + 4).map((line) => /^\s+([×✖!⚠iℹ]) (.+)$/.exec(line)).find((match) => match !== null);
        if (!message)
            continue;
        const [file, category] = located ? [located[1], located[4]] : [whole[1], whole[2]];
        findings.push({
            level: BIOME_MARK[message[1]] ?? 'warning',
            message: message[2].trim(),
            file: workspacePath(context, file),
            line: located ? Number(located[2]) : undefined,
            column: located ? Number(located[3]) : undefined,
            source: 'biome',
            rule: category,
        });
    }
    return findings;
}
/** `prettier --check`: `[warn] file` for each file it would reformat (the check fails on any: errors). */
function parsePrettierCheck(text, context) {
    const lines = plainLines(text);
    if (!lines.some((line) => /^\[warn\] Code style issues (found|were found)/.test(line)))
        return [];
    return lines
        .map((line) => /^\[warn\] (.+)$/.exec(line)?.[1])
        .filter((file) => file !== undefined && !/^Code style issues /.test(file))
        .map((file) => ({
        level: 'error',
        message: 'Prettier would reformat this file (prettier --write fixes it)',
        file: workspacePath(context, file.trim()),
        source: 'prettier',
        rule: 'format',
    }));
}
const MARK_FIRST_MESSAGE = /^\s+(✖|⚠|×|‼)\s+(\d+):(\d+)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
const MARKED_MESSAGE = /^\s+(\d+):(\d+)\s+(✖|⚠|×|‼|error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
/**
 * stylelint's default formatter and xo's (eslint-formatter-pretty): a file line (relative, or `file:line:col`
 * for xo), then indented `line:col  ✖|⚠  message  rule` lines.
 */
function parseMarkedReport(text, context, source) {
    const findings = [];
    let file;
    for (const line of plainLines(text)) {
        const stylelint = file === undefined ? null : MARKED_MESSAGE.exec(line);
        const xo = file === undefined || stylelint ? null : MARK_FIRST_MESSAGE.exec(line);
        const message = stylelint ? { line: stylelint[1], column: stylelint[2], mark: stylelint[3], text: stylelint[4], rule: stylelint[5] } : xo ? { mark: xo[1], line: xo[2], column: xo[3], text: xo[4], rule: xo[5] } : undefined;
        if (message) {
            const level = message.mark === '⚠' || message.mark === '‼' || message.mark === 'warning' ? 'warning' : 'error';
            findings.push({ level, message: stripDot(message.text), file: workspacePath(context, file), line: Number(message.line), column: Number(message.column), source, rule: message.rule });
            continue;
        }
        const header = /^\s{0,2}([^\s:✖⚠][^\s]*?\.[A-Za-z0-9]+)(?::\d+:\d+)?\s*$/.exec(line);
        if (header)
            file = header[1];
        else if (line.trim() === '')
            continue;
        else
            file = undefined;
    }
    return findings;
}
const STANDARD_LINE = /^\s+(\S.*?):(\d+):(\d+): (.+?)(?: \(([\w@/-]+)\))?$/;
/** standard (and its forks: semistandard, ts-standard, neostandard's CLI): `  /abs/file.js:1:7: message (rule)`. */
function parseStandard(text, context) {
    const lines = plainLines(text);
    const banner = lines.findIndex((line) => /^[\w-]*standard: /.test(line));
    if (banner < 0)
        return [];
    return lines.slice(banner + 1).flatMap((line) => {
        const match = STANDARD_LINE.exec(line);
        if (!match)
            return [];
        return [{ level: 'error', message: stripDot(match[4]), file: workspacePath(context, match[1]), line: Number(match[2]), column: Number(match[3]), source: 'standard', rule: match[5] }];
    });
}
const OXLINT_HEAD = /^\s*([×✖xX⚠!])\s+(?:([\w-]+)\(([\w@/-]+)\)|([\w@/-]+)):\s+(.+)$/;
const OXLINT_PLACE = /^\s*(?:╭─|,-)\[(.+?):(\d+):(\d+)\]/;
/** oxlint's default reporter: `  ! plugin(rule): message` then `,-[file:line:col]` (`⚠` and `╭─[` on a terminal); x/× is an error. */
function parseOxlint(text, context) {
    const findings = [];
    const lines = plainLines(text);
    for (let index = 0; index < lines.length; index += 1) {
        const head = OXLINT_HEAD.exec(lines[index]);
        if (!head)
            continue;
        const place = lines.slice(index + 1, index + 3).map((line) => OXLINT_PLACE.exec(line)).find((match) => match !== null);
        if (!place)
            continue;
        findings.push({
            level: head[1] === '⚠' || head[1] === '!' ? 'warning' : 'error',
            message: stripDot(head[5]),
            file: workspacePath(context, place[1]),
            line: Number(place[2]),
            column: Number(place[3]),
            source: 'oxlint',
            rule: head[2] !== undefined ? `${head[2]}(${head[3]})` : head[4],
        });
    }
    return findings;
}
/** What the output says it found, where a tool prints a count ("Found 3 warnings", "✖ 2 problems"): read or not. */
function reportsFindings(text) {
    return plainLines(text).some((line) => /^Found \d+ (errors?|warnings?|infos?)\b|^\s*[✖×] \d+ problems? \(|^\s*\d+ (errors?|warnings?)\s*$|Code style issues found|^Found \d+ errors? in \d+ files?|would reformat/.test(line));
}
/**
 * The output of a package.json script (`npm run lint`) has no declared format: the common ones are
 * recognised (ESLint's JSON and stylish formats, tsc's, biome's, prettier --check's, stylelint's, xo's and
 * standard's), and whatever else it printed stays in the log.
 */
function parseScriptOutput(text, context) {
    const json = parseEslintJson(text, context);
    if (json !== undefined)
        return { findings: json, formats: ['eslint-json'] };
    const readers = [
        ['standard', () => parseStandard(text, context)],
        ['eslint-stylish', () => parseEslintStylish(text, context)],
        ['tsc', () => parseTscOutput(text, context)],
        ['biome', () => parseBiome(text, context)],
        ['oxlint', () => parseOxlint(text, context)],
        ['prettier', () => parsePrettierCheck(text, context)],
        ['flake8', () => parseFlake8(text, context)],
        ['black', () => parseBlackCheck(text, context)],
    ];
    const formats = [];
    const findings = [];
    for (const [format, read] of readers) {
        const found = read();
        if (found.length === 0)
            continue;
        formats.push(format);
        findings.push(...found);
    }
    if (findings.length === 0) {
        // stylelint's and xo's formats, tried last: their file headers are relative, easier to mistake.
        const marked = parseMarkedReport(text, context, /stylelint/.test(text) || /\.(s?css|less|sass)\s*$/m.test(text) ? 'stylelint' : 'xo');
        if (marked.length > 0)
            return { findings: marked, formats: [marked[0].source] };
    }
    return { findings, formats };
}

;// CONCATENATED MODULE: ./src/core/quality/interpret-tool-run.ts

// Reading a finished tool run into a check's outcome, by the tool's output format and exit-code conventions: a
// crashed or stopped tool is a failed check with its last lines, never "no findings".







function crashed(check, run, why) {
    const tail = lastLines(`${run.stderr}\n${run.stdout}`, 5);
    return { name: check.name, label: check.label, status: 'crashed', findings: [], gating: true, detail: `${why}${tail ? `: ${tail}` : ''}` };
}
function withFindings(check, findings, gating = true, detail) {
    return { name: check.name, label: check.label, status: findings.length > 0 ? 'findings' : 'passed', findings, gating, detail };
}
function fromReport(check, run, reading, gating = true) {
    if (reading.kind === 'unreachable')
        return { name: check.name, label: check.label, status: 'skipped', findings: [], gating, detail: reading.reason };
    if (reading.kind === 'unreadable')
        return crashed(check, run, reading.reason);
    return withFindings(check, reading.findings, gating, reading.summary);
}
function saysNothing(text) {
    return text
        .split(/\r?\n/)
        .map((line) => (0,ansi/* stripColors */.T)(line).trim())
        .every((line) => line === '' || /^> /.test(line) || /^\$ /.test(line) || /^yarn run v[\d.]+$/.test(line) || /^Done in [\d.]+m?s\.$/.test(line));
}
/** Reads a finished tool run into an outcome, by the tool's output format and exit-code conventions. */
function interpretToolRun(check, run, options) {
    const outcome = interpretOutput(check, run, options);
    if (check.knownFindings === undefined || check.knownFindings.length === 0)
        return outcome;
    const known = check.knownFindings.map((finding) => ({ ...finding, file: finding.file === undefined ? undefined : workspacePath({ workspace: options.workspace, directory: check.cwd }, finding.file) }));
    return { ...outcome, status: outcome.status === 'passed' ? 'findings' : outcome.status, findings: [...known, ...outcome.findings] };
}
function interpretOutput(check, run, options) {
    const shown = [check.command, ...check.args].join(' ');
    if (run.timedOut) {
        const tail = lastLines(`${run.stderr}\n${run.stdout}`, 5);
        const limit = options.timeoutMinutes === undefined ? 'its timeout' : `${options.timeoutMinutes} min (timeout-minutes)`;
        return { name: check.name, label: check.label, status: 'timed-out', findings: [], gating: true, detail: `'${shown}' did not finish within ${limit} and was stopped${tail ? `; its last lines: ${tail}` : ' (it printed nothing)'}` };
    }
    if (run.notFound)
        return crashed(check, run, `${check.command} was not found (install it, or install the project's dependencies first)`);
    const context = { workspace: options.workspace, directory: check.cwd };
    const exited = `'${shown}' exited with code ${run.exitCode}`;
    switch (check.format) {
        case 'eslint-json': {
            const findings = parseEslintJson(run.stdout, context);
            if (findings === undefined || run.exitCode > 1)
                return crashed(check, run, `${exited} without a report`);
            return withFindings(check, findings);
        }
        case 'tsc': {
            const findings = parseTscOutput(`${run.stdout}\n${run.stderr}`, context);
            if (run.exitCode !== 0 && findings.length === 0)
                return crashed(check, run, `${exited} and printed no diagnostics`);
            if (!check.args.includes('--listFiles'))
                return withFindings(check, findings);
            const listed = listedProjectFiles(run.stdout);
            const files = listed.filter((file) => !/\.d\.[cm]?ts$/.test(file));
            const declarations = listed.length - files.length;
            if (files.length === 0 && findings.length === 0) {
                return crashed(check, run, `tsc checked no files: tsconfig.json selects none ("files": [] and no "include", or no references it can build)`);
            }
            const projects = new Set(files.map((file) => external_node_path_default().dirname(external_node_path_default().relative(check.cwd, file)).split((external_node_path_default()).sep)[0]));
            const where = check.args.includes('-b') ? ` of ${projects.size > 1 ? 'the referenced projects' : 'the referenced project'}` : '';
            const also = declarations > 0 ? ` (and ${plural(declarations, 'declaration file')})` : '';
            return withFindings(check, findings, true, `checked ${plural(files.length, 'file')}${where}${also}`);
        }
        case 'script': {
            const text = `${run.stdout}\n${run.stderr}`;
            const reading = parseScriptOutput(text, context);
            // A script that printed nothing but the package manager's own lines (`> app@1.0.0 lint`, `> eslint .`)
            // reported nothing: an empty output is read, and says no finding.
            const read = reading.formats.length > 0 || saysNothing(text);
            if (!read) {
                const notRead = `exit code ${run.exitCode}; findings not read`;
                const why = reportsFindings(text)
                    ? `its output reports findings in a format this action does not read (it reads ESLint, tsc, biome, oxlint, prettier --check, stylelint, xo, standard, flake8 and black); see its log group`
                    : `its output is in no format this action reads (ESLint, tsc, biome, oxlint, prettier --check, stylelint, xo, standard, flake8, black); see its log group`;
                return { name: check.name, label: check.label, status: run.exitCode === 0 ? 'passed' : 'failed', findings: [], findingsRead: false, gating: true, detail: `${notRead}: ${why}` };
            }
            const detail = reading.formats.length > 0 ? `read as ${reading.formats.join(' and ')}` : undefined;
            if (run.exitCode !== 0 && !reading.findings.some((finding) => finding.level === 'error')) {
                return { name: check.name, label: check.label, status: 'failed', findings: reading.findings, gating: true, detail: `${exited}, though no error was read${detail ? ` (${detail})` : ''}; see its log group` };
            }
            return withFindings(check, reading.findings, true, detail);
        }
        case 'pylint-json': {
            const findings = parsePylintJson(run.stdout, context);
            // pylint's exit code is a bit field: 1 fatal, 32 usage error; 2-16 are message categories.
            if (findings === undefined || (run.exitCode & 33) !== 0)
                return { ...crashed(check, run, `${exited} (fatal error or usage error)`), findings: findings ?? [] };
            return withFindings(check, findings);
        }
        case 'ruff-json': {
            const findings = parseRuffJson(run.stdout, context);
            if (findings === undefined || run.exitCode > 1)
                return crashed(check, run, `${exited} without a report`);
            return withFindings(check, findings);
        }
        case 'biome': {
            const findings = parseBiome(`${run.stdout}\n${run.stderr}`, context);
            if (run.exitCode !== 0 && !findings.some((finding) => finding.level === 'error'))
                return { ...crashed(check, run, `${exited} and printed no errors it reads`), findings };
            return withFindings(check, findings);
        }
        case 'flake8': {
            const findings = parseFlake8(run.stdout, context);
            if (run.exitCode > 1 || (run.exitCode === 1 && findings.length === 0))
                return crashed(check, run, exited);
            return withFindings(check, findings);
        }
        case 'black': {
            const findings = parseBlackCheck(`${run.stderr}\n${run.stdout}`, context);
            if (run.exitCode > 1 || (run.exitCode === 1 && findings.length === 0))
                return crashed(check, run, exited);
            return withFindings(check, findings);
        }
        case 'mypy': {
            const findings = parseMypyOutput(`${run.stdout}\n${run.stderr}`, context);
            if (run.exitCode > 1 || (run.exitCode !== 0 && findings.length === 0))
                return { ...crashed(check, run, exited), findings };
            return withFindings(check, findings);
        }
        case 'npm-audit':
            return fromReport(check, run, readNpmAudit(run.stdout, run.stderr, options.auditLevel, options.manifest));
        case 'yarn-audit':
            return fromReport(check, run, readYarnAudit(run.stdout, run.stderr, options.auditLevel, options.manifest));
        case 'yarn-outdated':
            return fromReport(check, run, readYarnOutdated(run.stdout, run.stderr, options.failOnOutdated ? 'error' : 'warning', options.manifest), options.failOnOutdated);
        case 'pip-audit':
            return fromReport(check, run, readPipAudit(run.stdout, run.stderr, options.manifest));
        case 'npm-outdated':
            return fromReport(check, run, readNpmOutdated(run.stdout, run.stderr, options.failOnOutdated ? 'error' : 'warning', options.manifest, `${check.command} outdated`), options.failOnOutdated);
        case 'pip-outdated':
            return fromReport(check, run, readPipOutdated(run.stdout, run.stderr, options.failOnOutdated ? 'error' : 'warning', options.manifest), options.failOnOutdated);
    }
}

// EXTERNAL MODULE: ./src/core/summary-document.ts
var summary_document = __nccwpck_require__(8005);
;// CONCATENATED MODULE: ./src/core/quality/quality-summary.ts
// The quality-checks job summary: a narrow table of the checks (result, duration, counts), the reasons below it, then
// the findings, annotated or beyond GitHub's annotation limits.



/** The table's word for an outcome: the reason is listed below the table. */
function shortResult(outcome) {
    switch (outcome.status) {
        case 'findings':
            return resultText(outcome);
        case 'passed':
            return outcome.findingsRead === false ? 'passed (findings not read)' : 'passed';
        case 'failed':
            return outcome.findingsRead === false ? 'failed (findings not read)' : 'failed';
        case 'timed-out':
            return 'timed out';
        default:
            return outcome.status;
    }
}
/** The job summary: a table of checks with result, duration and counts, then the findings. */
function qualitySummary(input) {
    const { outcomes, plan, failOn } = input;
    const document = [{ kind: 'heading', text: 'Quality checks' }];
    const ran = outcomes.filter((outcome) => outcome.durationMs !== undefined);
    const slowest = Math.max(0, ...ran.map((outcome) => outcome.durationMs ?? 0));
    document.push({
        kind: 'paragraph',
        text: `Project \`${input.project}\`, fail-on: **${failOn}**. ${plural(ran.length, 'check')} ran, up to ${input.parallelism} at a time, ` +
            `in ${(0,summary_document/* formatSeconds */.Xo)(input.wallMilliseconds)} (the slowest took ${(0,summary_document/* formatSeconds */.Xo)(slowest)}).`,
    });
    // The table stays narrow (a console is 100 columns): each result in a word or a count; the reasons follow it.
    document.push({
        kind: 'table',
        header: ['Check', 'Result', 'Duration', 'Errors', 'Warnings', 'Notices'],
        rows: outcomes.map((outcome) => {
            const counts = countLevels(outcome.findings);
            const failed = checkFails(outcome, failOn);
            const count = (level) => (outcome.findingsRead === false ? 'not read' : outcome.status === 'skipped' ? '' : String(counts[level]));
            return [
                outcome.label,
                `${failed ? '**failed**: ' : ''}${shortResult(outcome)}`,
                outcome.durationMs === undefined ? '' : (0,summary_document/* formatSeconds */.Xo)(outcome.durationMs),
                count('error'),
                count('warning'),
                count('notice'),
            ];
        }),
    });
    const notes = outcomes.filter((outcome) => outcome.detail !== undefined && outcome.detail !== '');
    if (notes.length > 0) {
        document.push({
            kind: 'list',
            items: notes.map((outcome) => outcome.status === 'crashed' || outcome.status === 'timed-out'
                ? `**${outcome.label}** ${outcome.status === 'crashed' ? 'crashed' : 'timed out'}: ${oneLine(outcome.detail ?? '')} (its whole output is in the log group '${outcome.label}')`
                : `**${outcome.label}**: ${oneLine(outcome.detail ?? '')}`),
        });
    }
    const total = plan.annotated.length + plan.overflow.length;
    if (total === 0)
        return document;
    document.push({ kind: 'heading', text: `Findings (${total})` });
    if (plan.annotated.length > 0) {
        document.push({ kind: 'paragraph', text: `${plural(plan.annotated.length, 'finding')} annotated on the lines at fault:` });
        document.push({ kind: 'list', items: plan.annotated.map((finding) => oneLine(formatFinding(finding))) });
    }
    if (plan.overflow.length > 0) {
        document.push({
            kind: 'paragraph',
            text: `${plural(plan.overflow.length, 'more finding')} beyond GitHub's annotation limits (10 errors, a failing step's own message among them, and 10 warnings per step; 50 per job):`,
        });
        document.push({ kind: 'list', items: rankFindings(plan.overflow).map((finding) => oneLine(formatFinding(finding))) });
    }
    return document;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/core/diagnosis/diagnosis.ts + 9 modules
var diagnosis_diagnosis = __nccwpck_require__(7581);
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

;// CONCATENATED MODULE: ./src/core/quality/config-sanity.ts







/**
 * The configuration check: the manifests parse, the npm lockfile matches package.json, and the places that
 * declare a runtime version agree with each other. `locate` turns a project file name into a path
 * relative to the repository root.
 */
function configFindings(snapshot, locate) {
    const findings = [];
    const error = (file, message, rule) => {
        findings.push({ level: 'error', message, file: locate(file), source: 'config', rule });
    };
    const parses = (file, read) => {
        try {
            read();
            return true;
        }
        catch (caught) {
            if (!(0,errors/* isConfigurationError */.p0)(caught))
                throw caught;
            error(file, caught.message, 'manifest-parses');
            return false;
        }
    };
    if (isNodeProject(snapshot) && parses('package.json', () => readPackageJson(snapshot))) {
        const lockfile = ['npm-shrinkwrap.json', 'package-lock.json'].find((name) => snapshot.texts.has(name));
        if (lockfile !== undefined) {
            for (const difference of npmLockfileDifferences(readPackageJson(snapshot) ?? {}, snapshot.texts.get(lockfile) ?? '', lockfile)) {
                error(lockfile, `${difference}: run 'npm install' and commit ${lockfile}`, 'lockfile-matches');
            }
        }
        const declared = /^(npm|yarn|pnpm)@/.exec(String(readPackageJson(snapshot)?.packageManager ?? ''))?.[1];
        const lockfiles = { npm: ['package-lock.json', 'npm-shrinkwrap.json'], yarn: ['yarn.lock'], pnpm: ['pnpm-lock.yaml'] };
        if (declared !== undefined) {
            for (const [manager, names] of Object.entries(lockfiles)) {
                for (const name of names.filter((candidate) => manager !== declared && snapshot.entries.has(candidate))) {
                    error('package.json', `packageManager names ${declared}, but ${name} (${manager}'s lockfile) is present: delete it, or change packageManager`, 'package-manager-consistent');
                }
            }
        }
        const declarations = runtimeDeclarations(snapshot, 'node');
        for (const [a, b] of pairs(declarations)) {
            const left = semver_default().validRange(a.constraint.replace(/^v/, ''));
            const right = semver_default().validRange(b.constraint.replace(/^v/, ''));
            if (left !== null && right !== null && !semver_default().intersects(left, right)) {
                error(fileOf(b), `${b.source} (${b.constraint}) does not agree with ${a.source} (${a.constraint})`, 'runtime-consistent');
            }
        }
    }
    if (isPythonProject(snapshot) && (!snapshot.texts.has('pyproject.toml') || parses('pyproject.toml', () => readPyproject(snapshot)))) {
        const declarations = runtimeDeclarations(snapshot, 'python');
        const pinned = declarations.filter((declaration) => declaration.kind === 'prefix');
        const ranges = declarations.filter((declaration) => declaration.kind === 'range');
        for (const pin of pinned) {
            for (const version of pin.constraint.split('||').map((part) => part.trim())) {
                for (const range of ranges) {
                    if (pythonVersionSatisfies(version, range.constraint) === false) {
                        error(fileOf(pin), `${pin.source} pins Python ${version}, which ${range.source} (${range.constraint}) does not allow`, 'runtime-consistent');
                    }
                }
            }
        }
    }
    return findings;
}
function* pairs(items) {
    for (let i = 0; i < items.length; i += 1)
        for (let j = i + 1; j < items.length; j += 1)
            yield [items[i], items[j]];
}
/** "package.json engines.node" → package.json; ".nvmrc" → .nvmrc. */
function fileOf(declaration) {
    return declaration.source.split(' ')[0];
}

;// CONCATENATED MODULE: ./src/runtime/io/annotations.ts
/** Emits each finding as an annotation at its file, line and column. */
function annotate(io, findings) {
    for (const finding of findings) {
        const position = {
            file: finding.file,
            line: finding.line,
            column: finding.column,
            title: [finding.source, finding.rule].filter((part) => part !== undefined && part !== '').join(' '),
        };
        if (finding.level === 'error')
            io.error(finding.message, position);
        else if (finding.level === 'warning')
            io.warning(finding.message, position);
        else
            io.notice(finding.message, position);
    }
}
/**
 * The annotations a step has made so far, per level: `setFailed` counts as an error, since GitHub shows the
 * failure message as one. The one-step pipeline shares this across its stages, so that together they stay
 * within one step's caps.
 */
class AnnotationCounter {
    counts = { error: 0, warning: 0, notice: 0 };
    /** setFailed calls so far (each counted among the errors). */
    failures = 0;
    get total() {
        return this.counts.error + this.counts.warning + this.counts.notice;
    }
    /** `io`, counting what goes through it. */
    wrap(io) {
        const count = (property) => {
            this.counts[property === 'setFailed' ? 'error' : property] += 1;
            if (property === 'setFailed')
                this.failures += 1;
        };
        return new Proxy(io, {
            get(target, property, receiver) {
                const value = Reflect.get(target, property, receiver);
                if (typeof value !== 'function')
                    return value;
                if (property === 'error' || property === 'warning' || property === 'notice' || property === 'setFailed') {
                    return (...args) => {
                        count(property);
                        return value.apply(target, args);
                    };
                }
                return value.bind(target);
            },
        });
    }
}

;// CONCATENATED MODULE: ./src/runtime/process/bounded.ts
/** Runs `work` over `items` with at most `limit` at a time; results keep the items' order. One failure does not stop the others. */
async function bounded_runBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/runtime/io/untrusted-output.ts

/**
 * Runs `body` with the runner's workflow commands turned off (`::stop-commands::`), so that what the project's
 * tests print (`::error::`, `::add-mask::`, `::set-output::` in a fixture or a log line) is shown, never obeyed.
 * Only on a GitHub runner: elsewhere the lines would just be noise.
 */
async function withoutWorkflowCommands(io, onRunner, body) {
    if (!onRunner)
        return body();
    const token = stopToken();
    io.info(`::stop-commands::${token}`);
    try {
        return await body();
    }
    finally {
        io.info(`::${token}::`);
    }
}
/** A line the runner would read as a workflow command (it trims leading spaces): `::name…::` or the older `##[name]`. */
const WORKFLOW_COMMAND = /^\s*(::[a-z-]+[\s:]|##\[[a-z-]+)/im;
/**
 * Captured output of a tool, made safe to print in one go: when it holds a line the runner would obey, it is
 * wrapped in stop-commands markers, as GitHub documents for untrusted logs; otherwise it is left as it is.
 */
function neutralizeWorkflowCommands(output) {
    if (!WORKFLOW_COMMAND.test(output))
        return output;
    const token = stopToken();
    return [`::stop-commands::${token}`, output, `::${token}::`].join('\n');
}
function stopToken() {
    return `build-actions-${(0,external_node_crypto_.randomUUID)()}`;
}

;// CONCATENATED MODULE: ./src/runtime/quality/check-runner.ts




function fileName(label) {
    return `${label.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '')}.txt`;
}
/**
 * Runs one check's command silently (checks run concurrently, so their output would interleave), then
 * prints its output in its own log group, in one go: the whole text for tools that print for people; for
 * JSON, what was read from it as readable lines, and the raw output in a file named in the log.
 */
async function runCheckCommand(io, run, now, check, options = {}) {
    const started = now();
    let result;
    try {
        result = await run(check.command, check.args, { cwd: check.cwd, silent: true, timeoutMs: options.timeoutMs });
    }
    catch (error) {
        result = { exitCode: 126, stdout: '', stderr: error instanceof Error ? error.message : String(error), notFound: false };
    }
    const durationMs = now() - started;
    await io.group(check.label, async () => {
        const ended = result.timedOut ? `stopped at its timeout (${Math.round((options.timeoutMs ?? 0) / 1000)} s)` : `exit code ${result.exitCode}`;
        const lines = [`[command]${[check.command, ...check.args].join(' ')}`, `(in ${check.cwd}, ${ended}, ${(durationMs / 1000).toFixed(1)} s)`];
        const output = [result.stdout, result.stderr].filter((text) => text.trim() !== '').map((text) => text.trimEnd()).join('\n');
        if (options.rawOutput !== undefined && output !== '') {
            const file = await writeRawOutput(options.rawOutput.folder, check.label, result);
            const readable = options.rawOutput.readable(result);
            lines.push(file === undefined ? '(its raw output could not be written to a file)' : `(raw output: ${file})`, ...readable);
            io.info(neutralizeWorkflowCommands(lines.join('\n')));
            return;
        }
        // A tool's own output must not act on the runner (annotations past the caps, masks, outputs).
        io.info(output === '' ? lines.join('\n') : [...lines, neutralizeWorkflowCommands(output)].join('\n'));
    });
    return { result, durationMs };
}
async function writeRawOutput(folder, label, result) {
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        const file = external_node_path_default().join(folder, fileName(label));
        await (0,promises_.writeFile)(file, `${result.stdout}${result.stderr.trim() === '' ? '' : `\n--- stderr ---\n${result.stderr}`}`);
        return file;
    }
    catch {
        return undefined;
    }
}
/** How many checks run at once when the input leaves it to the machine: one per CPU. */
function defaultParallelism() {
    return Math.max(1, external_node_os_default().availableParallelism());
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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

;// CONCATENATED MODULE: ./src/runtime/quality/tool-probe.ts





const PROJECT_EXECUTABLES = [
    'node_modules/.bin/eslint',
    'node_modules/.bin/tsc',
    'node_modules/.bin/biome',
    '.venv/bin/python',
    '.venv/bin/pylint',
    '.venv/bin/mypy',
    '.venv/bin/ruff',
    '.venv/bin/flake8',
    '.venv/bin/black',
    '.venv/bin/pip-audit',
];
const PATH_TOOLS = ['pylint', 'mypy', 'ruff', 'flake8', 'black', 'pip-audit'];
const VENV_MODULES = ['pylint', 'mypy', 'ruff', 'flake8', 'black', 'pip_audit'];
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, promises_.constants.X_OK);
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/** The first executable named `name` in the PATH entries. */
async function findOnPath(name, searchPath) {
    for (const entry of (searchPath ?? '').split((external_node_path_default()).delimiter).filter((part) => part !== '')) {
        const candidate = external_node_path_default().join(entry, name);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
/** What is installed for the project: its own tools (node_modules/.bin, .venv), the venv's modules, and tools on PATH. */
async function probeQualityTools(run, snapshot, searchPath) {
    const directory = snapshot.directory;
    const projectExecutables = new Set();
    await Promise.all(PROJECT_EXECUTABLES.map(async (relative) => {
        if (await isExecutable(external_node_path_default().join(directory, relative)))
            projectExecutables.add(relative);
    }));
    const venvModules = new Set();
    const venvSitePackages = [];
    if (projectExecutables.has('.venv/bin/python')) {
        const script = `import importlib.util,json,site;print(json.dumps({"modules":[m for m in ${JSON.stringify(VENV_MODULES)} if importlib.util.find_spec(m)],` +
            `"site":site.getsitepackages()}))`;
        const result = await run(venvPython(external_node_path_default().join(directory, VENV_FOLDER)), ['-c', script], { cwd: directory, silent: true });
        if (result.exitCode === 0) {
            try {
                const answer = JSON.parse(result.stdout.trim().split(/\r?\n/).pop() ?? '{}');
                for (const name of answer.modules ?? [])
                    venvModules.add(name);
                venvSitePackages.push(...(answer.site ?? []).filter((folder) => folder.startsWith(directory)));
            }
            catch {
                // an interpreter that prints something else: its modules stay unknown, PATH is tried
            }
        }
    }
    const onPath = new Map();
    for (const tool of PATH_TOOLS) {
        const found = await findOnPath(tool, searchPath);
        if (found !== undefined)
            onPath.set(tool, found);
    }
    const packageFolders = [];
    for (const entry of await (0,promises_.readdir)(directory, { withFileTypes: true })) {
        if (entry.isDirectory() && (await isFile(external_node_path_default().join(directory, entry.name, '__init__.py'))))
            packageFolders.push(entry.name);
    }
    return {
        snapshot,
        setupCfg: snapshot.entries.has('setup.cfg') ? await readTextIfExists(external_node_path_default().join(directory, 'setup.cfg')) : undefined,
        tsconfigs: snapshot.entries.has('tsconfig.json') ? await readTsconfigs(directory) : undefined,
        toxIni: snapshot.entries.has('tox.ini') ? await readTextIfExists(external_node_path_default().join(directory, 'tox.ini')) : undefined,
        venvSitePackages,
        mypyIni: (await readTextIfExists(external_node_path_default().join(directory, 'mypy.ini'))) ?? (await readTextIfExists(external_node_path_default().join(directory, '.mypy.ini'))),
        projectExecutables,
        venvModules,
        onPath,
        packageFolders: packageFolders.sort(),
    };
}
async function isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/** tsconfig.json and every config it references, transitively (at most 500), by path relative to the project. */
async function readTsconfigs(directory) {
    const texts = new Map();
    const queue = ['tsconfig.json'];
    while (queue.length > 0 && texts.size < 500) {
        const config = queue.shift();
        if (texts.has(config) || config.startsWith('../'))
            continue;
        const text = await readTextIfExists(external_node_path_default().join(directory, config));
        if (text === undefined)
            continue;
        texts.set(config, text);
        for (const reference of tsconfigShape(text)?.references ?? [])
            queue.push(referencedConfig(config, reference));
    }
    return texts;
}

;// CONCATENATED MODULE: ./src/runtime/quality/source-guard.ts



const SKIPPED_FOLDERS = new Set([
    'node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache',
    '.cache', '.nx', '.turbo', '.next', '.parcel-cache', 'coverage', 'dist', 'build', 'target', '.eggs',
]);
/** Beyond this much content, changes outside git are found by hash and reported, not undone. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;
function digest(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
async function gitDirtyFiles(run, directory) {
    const result = await run('git', ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.'], { cwd: directory, silent: true });
    if (result.exitCode !== 0 || result.notFound)
        return undefined;
    // Entries are `XY path` (renames add the old path as the next field); paths are relative to the repository root.
    const prefix = await run('git', ['rev-parse', '--show-prefix'], { cwd: directory, silent: true });
    const base = prefix.exitCode === 0 ? prefix.stdout.trim() : '';
    const files = [];
    const fields = result.stdout.split('\0');
    for (let index = 0; index < fields.length; index += 1) {
        const entry = fields[index];
        if (entry.length < 4)
            continue;
        const file = entry.slice(3);
        if (entry[0] === 'R' || entry[0] === 'C')
            index += 1;
        if (file.startsWith(base))
            files.push(file.slice(base.length));
    }
    return files;
}
async function readIfFile(file) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch {
        return undefined;
    }
}
async function walk(directory, relative = '') {
    const files = [];
    let entries;
    try {
        entries = await (0,promises_.readdir)(external_node_path_default().join(directory, relative), { withFileTypes: true });
    }
    catch {
        return files;
    }
    for (const entry of entries) {
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                files.push(...(await walk(directory, child)));
        }
        else if (entry.isFile()) {
            files.push(child);
        }
    }
    return files;
}
/** The project's files as they are before the checks. */
async function captureSources(run, directory) {
    const dirty = await gitDirtyFiles(run, directory);
    const contents = new Map();
    const hashes = new Map();
    if (dirty !== undefined) {
        for (const file of dirty) {
            const content = await readIfFile(external_node_path_default().join(directory, file));
            hashes.set(file, content === undefined ? 'absent' : digest(content));
            if (content !== undefined)
                contents.set(file, content);
        }
        return { directory, kind: 'git', contents, hashes };
    }
    let kept = 0;
    for (const file of await walk(directory)) {
        const content = await readIfFile(external_node_path_default().join(directory, file));
        if (content === undefined)
            continue;
        hashes.set(file, digest(content));
        kept += content.length;
        if (kept <= MAX_KEPT_BYTES)
            contents.set(file, content);
    }
    if (kept > MAX_KEPT_BYTES)
        contents.clear();
    return { directory, kind: 'files', contents, hashes };
}
/** The files (relative to the project) whose content differs from `before`: tracked ones in git, existing ones elsewhere. */
async function changedSources(run, before) {
    const changed = new Set();
    const now = async (file) => {
        const content = await readIfFile(external_node_path_default().join(before.directory, file));
        return content === undefined ? 'absent' : digest(content);
    };
    if (before.kind === 'git') {
        const dirty = (await gitDirtyFiles(run, before.directory)) ?? [];
        for (const file of dirty)
            if (!before.hashes.has(file))
                changed.add(file);
        for (const [file, hash] of before.hashes)
            if ((await now(file)) !== hash)
                changed.add(file);
    }
    else {
        for (const [file, hash] of before.hashes)
            if ((await now(file)) !== hash)
                changed.add(file);
    }
    return [...changed].sort();
}
/** Puts the changed files back as they were: from the index for files git had clean, from the copies otherwise. */
async function restoreSources(run, before, files) {
    const restored = [];
    const notRestored = [];
    const fromIndex = [];
    for (const file of files) {
        const copy = before.contents.get(file);
        if (copy !== undefined) {
            try {
                await (0,promises_.writeFile)(external_node_path_default().join(before.directory, file), copy);
                restored.push(file);
            }
            catch {
                notRestored.push(file);
            }
        }
        else if (before.kind === 'git' && !before.hashes.has(file)) {
            fromIndex.push(file);
        }
        else {
            notRestored.push(file);
        }
    }
    if (fromIndex.length > 0) {
        const result = await run('git', ['checkout', '--quiet', '--', ...fromIndex], { cwd: before.directory, silent: true });
        (result.exitCode === 0 ? restored : notRestored).push(...fromIndex);
    }
    return { restored: restored.sort(), notRestored: notRestored.sort() };
}

;// CONCATENATED MODULE: ./src/core/action-names.ts
function declareNames(names) {
    return { inputs: names.inputs, outputs: names.outputs, state: names.state ?? [] };
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

;// CONCATENATED MODULE: ./src/actions/quality-checks/inputs.ts






/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
const QUALITY_CHECKS_INPUTS = [
    'working-directory',
    'checks',
    'fail-on',
    'lint-script',
    'type-check-script',
    'audit-level',
    'fail-on-outdated',
    'max-parallel',
    'timeout-minutes',
];
const QUALITY_CHECKS_OUTPUTS = ['error-count', 'warning-count', 'notice-count', 'failed-checks'];
/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
const QUALITY_CHECKS_NAMES = declareNames({ inputs: QUALITY_CHECKS_INPUTS, outputs: QUALITY_CHECKS_OUTPUTS });
function parseMaxParallel(raw) {
    const value = raw.trim();
    if (value === '' || value.toLowerCase() === 'auto')
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1) {
        throw new errors/* ConfigurationError */.j1(`Input 'max-parallel' must be auto or a whole number of at least 1 (got '${value}').`);
    }
    return Number(value);
}
function readQualityChecksInputs(read) {
    const optional = (name) => parseStringInput(read(name), '') || undefined;
    return {
        workingDirectory: parseStringInput(read('working-directory'), '.'),
        checks: parseChecksInput(read('checks')),
        failOn: parseEnumInput('fail-on', read('fail-on'), FAIL_ON, 'error'),
        lintScript: optional('lint-script'),
        typeCheckScript: optional('type-check-script'),
        auditLevel: parseEnumInput('audit-level', read('audit-level'), AUDIT_LEVELS, 'high'),
        failOnOutdated: parseBooleanInput('fail-on-outdated', read('fail-on-outdated'), false),
        maxParallel: parseMaxParallel(read('max-parallel')),
        timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
    };
}

;// CONCATENATED MODULE: ./src/actions/quality-checks/main.ts



















/** Tools asked for JSON: the log shows what was read from it, the raw JSON goes to a file. */
const JSON_FORMATS = new Set(['eslint-json', 'pylint-json', 'ruff-json', 'npm-audit', 'yarn-audit', 'pip-audit', 'npm-outdated', 'yarn-outdated', 'pip-outdated']);
/** What was read from a tool's JSON; when it crashed (its output is then no report), the output itself too. */
function readable(outcome, run) {
    const lines = readableLines(outcome);
    if (outcome.status !== 'crashed')
        return lines;
    return [...lines, ...[run.stdout, run.stderr].filter((text) => text.trim() !== '').map((text) => text.trimEnd())];
}
/** RUNNER_TEMP on a runner; the system's temporary folder elsewhere (never the caller's current folder). */
function rawOutputFolder(context) {
    return external_node_path_default().join(context.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'quality-checks-output');
}
async function runOne(deps, inputs, check, { snapshot, manifest }) {
    const workspace = deps.context.workspace;
    switch (check.kind) {
        case 'skipped':
            return { name: check.name, label: check.label, status: 'skipped', findings: [], detail: check.reason, gating: true };
        case 'unavailable':
            return { name: check.name, label: check.label, status: 'crashed', findings: [], detail: check.reason, gating: true };
        case 'inline': {
            const started = deps.now();
            const findings = configFindings(snapshot, (file) => workspacePath({ workspace, directory: snapshot.directory }, file));
            return { name: check.name, label: check.label, status: findings.length > 0 ? 'findings' : 'passed', findings, durationMs: deps.now() - started, gating: true };
        }
        case 'command': {
            const options = { workspace, auditLevel: inputs.auditLevel, failOnOutdated: inputs.failOnOutdated, manifest, timeoutMinutes: inputs.timeoutMinutes };
            const rawOutput = JSON_FORMATS.has(check.format) ? { folder: rawOutputFolder(deps.context), readable: (run) => readable(interpretToolRun(check, run, options), run) } : undefined;
            const { result, durationMs } = await runCheckCommand(deps.io, deps.run, deps.now, check, { rawOutput, timeoutMs: inputs.timeoutMinutes * 60_000 });
            const outcome = interpretToolRun(check, result, options);
            return { ...outcome, durationMs };
        }
    }
}
/**
 * The checks must leave the project as they found it: files a check changed (a lint script with --fix or
 * --write) are put back and become that check's findings, each named with the fix.
 */
async function guardSources(deps, before, checks, outcomes, snapshot) {
    const changed = await changedSources(deps.run, before);
    if (changed.length === 0)
        return;
    const { restored, notRestored } = await restoreSources(deps.run, before, changed);
    const suspects = rewriteSuspects(checks, scriptsOf(snapshot));
    const files = changed.map((file) => workspacePath({ workspace: deps.context.workspace, directory: before.directory }, file));
    const restoredSet = new Set(restored.map((file) => workspacePath({ workspace: deps.context.workspace, directory: before.directory }, file)));
    deps.io.warning(`The checks changed ${changed.length === 1 ? 'a file' : `${changed.length} files`} of the project (${changed.join(', ')})` +
        `${suspects.length > 0 ? `, run by ${suspects.map((suspect) => suspect.check.label).join(' or ')}` : ''}: ` +
        (notRestored.length === 0 ? 'every one was restored.' : `restored ${restored.length}; NOT restored: ${notRestored.join(', ')}.`));
    const targets = suspects.length > 0 ? suspects : [];
    for (const suspect of targets) {
        const index = checks.indexOf(suspect.check);
        const outcome = outcomes[index];
        const findings = rewriteFindings(suspect, targets.length - 1, { files, restored: restoredSet, git: before.kind === 'git' });
        outcomes[index] = {
            ...outcome,
            status: outcome.status === 'passed' ? 'findings' : outcome.status,
            findings: [...outcome.findings, ...findings],
            findingsRead: outcome.findingsRead === false && outcome.findings.length === 0 ? undefined : outcome.findingsRead,
            detail: [outcome.detail, `changed ${changed.length === 1 ? 'a file' : `${changed.length} files`} it should only have read (${notRestored.length === 0 ? 'restored' : `${notRestored.length} not restored`})`].filter(Boolean).join('; '),
        };
    }
    if (targets.length === 0) {
        outcomes.push({
            name: 'lint',
            label: 'unchanged sources',
            status: 'findings',
            gating: true,
            findings: files.map((file) => ({ level: 'error', file, source: 'quality-checks', rule: 'rewrites-sources', message: `a check changed this file while checking it; ${restoredSet.has(file) ? 'it was restored' : 'it was NOT restored'}` })),
        });
    }
}
function scriptsOf(snapshot) {
    try {
        const scripts = readPackageJson(snapshot)?.scripts;
        return scripts !== null && typeof scripts === 'object' ? scripts : {};
    }
    catch {
        return {};
    }
}
async function main(given, options = {}) {
    const counter = options.counter ?? new AnnotationCounter();
    const deps = options.counter ? given : { ...given, io: counter.wrap(given.io) };
    const { io, context } = deps;
    const inputs = readQualityChecksInputs((name) => io.getInput(name));
    const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give the path of the folder that holds package.json or pyproject.toml, relative to the repository root.');
    const { checks, ...planned } = await io.group('Detect the project and its tools', async () => {
        const snapshot = await readProjectSnapshot(directory);
        const facts = await probeQualityTools(deps.run, snapshot, context.env.PATH);
        const checks = planChecks(facts, { requested: inputs.checks, lintScript: inputs.lintScript, typeCheckScript: inputs.typeCheckScript });
        const manifestName = isNodeProject(snapshot) ? 'package.json' : (requirementsFiles(snapshot)[0] ?? 'pyproject.toml');
        for (const check of checks) {
            const how = check.kind === 'command' ? [check.command, ...check.args].join(' ') : check.kind === 'inline' ? 'in-process' : `${check.kind}: ${check.reason}`;
            io.info(`${check.label}: ${how}`);
        }
        return { checks, snapshot, manifest: workspacePath({ workspace: context.workspace, directory }, manifestName) };
    });
    const parallelism = inputs.maxParallel ?? defaultParallelism();
    const started = deps.now();
    const before = await captureSources(deps.run, directory);
    const outcomes = await bounded_runBounded(checks, parallelism, (check) => runOne(deps, inputs, check, planned));
    await guardSources(deps, before, checks, outcomes, planned.snapshot);
    const wallMilliseconds = deps.now() - started;
    const verdict = qualityVerdict(outcomes, inputs.failOn);
    const annotations = planAnnotations(outcomes.flatMap((outcome) => outcome.findings), undefined, (options.annotationsBefore ?? 0) + counter.total, {
        inStep: counter.counts,
        reservedErrors: verdict.failure !== undefined ? 1 : 0,
    });
    annotate(io, annotations.annotated);
    const outputs = named_io_namedIO(io, QUALITY_CHECKS_NAMES);
    for (const name of QUALITY_CHECKS_OUTPUTS)
        outputs.setOutput(name, verdict.outputs[name] ?? '');
    await io.writeSummary(qualitySummary({
        project: external_node_path_default().relative(context.workspace, directory) || '.',
        failOn: inputs.failOn,
        outcomes,
        plan: annotations,
        wallMilliseconds,
        parallelism,
    }));
    if (verdict.failure !== undefined)
        io.setFailed(verdict.failure);
    return { outcomes, verdict, annotations };
}

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
function package_managers_venvPython(venvDir, platform) {
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
                        command: package_managers_venvPython(venv, context.platform),
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

;// CONCATENATED MODULE: ./src/core/diagnosis/cache-evidence.ts
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

// EXTERNAL MODULE: ./src/core/diagnosis/report.ts
var report = __nccwpck_require__(8271);
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
    const executable = await installed_package_version_findOnPath(program, env);
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
async function installed_package_version_findOnPath(program, env) {
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
async function main_main(deps) {
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
    io.exportVariable(DEPENDENCIES_CACHE_VARIABLE, restored.cacheResult);
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

;// CONCATENATED MODULE: ./src/core/testing/xml.ts
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity) => {
        if (entity.startsWith('#x'))
            return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
        if (entity.startsWith('#'))
            return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
        return ENTITIES[entity] ?? whole;
    });
}
function escapeXml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // Characters XML 1.0 cannot carry at all (terminal escapes in test output).
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
function parseXml(source) {
    const root = { name: '#document', attributes: {}, children: [], text: '' };
    const stack = [root];
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('<', at);
        const current = stack[stack.length - 1];
        if (open < 0) {
            current.text += decodeEntities(source.slice(at));
            break;
        }
        if (open > at)
            current.text += decodeEntities(source.slice(at, open));
        if (source.startsWith('<!--', open)) {
            const end = source.indexOf('-->', open + 4);
            if (end < 0)
                throw new Error('unterminated comment');
            at = end + 3;
        }
        else if (source.startsWith('<![CDATA[', open)) {
            const end = source.indexOf(']]>', open + 9);
            if (end < 0)
                throw new Error('unterminated CDATA section');
            current.text += source.slice(open + 9, end);
            at = end + 3;
        }
        else if (source.startsWith('<?', open) || source.startsWith('<!', open)) {
            const end = source.indexOf('>', open);
            if (end < 0)
                throw new Error('unterminated declaration');
            at = end + 1;
        }
        else if (source.startsWith('</', open)) {
            const end = source.indexOf('>', open);
            if (end < 0)
                throw new Error('unterminated closing tag');
            const name = source.slice(open + 2, end).trim();
            const closed = stack.pop();
            if (closed === undefined || closed === root || closed.name !== name) {
                throw new Error(`closing tag </${name}> does not match <${closed?.name ?? ''}>`);
            }
            at = end + 1;
        }
        else {
            let end = open + 1;
            let quote;
            for (; end < source.length; end += 1) {
                const char = source[end];
                if (quote) {
                    if (char === quote)
                        quote = undefined;
                }
                else if (char === '"' || char === "'")
                    quote = char;
                else if (char === '>')
                    break;
            }
            if (end >= source.length)
                throw new Error('unterminated tag');
            const selfClosing = source[end - 1] === '/';
            const body = source.slice(open + 1, selfClosing ? end - 1 : end);
            const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
            const element = { name, attributes: {}, children: [], text: '' };
            for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
                element.attributes[match[1]] = decodeEntities(match[3] ?? match[4] ?? '');
            }
            current.children.push(element);
            if (!selfClosing)
                stack.push(element);
            at = end + 1;
        }
    }
    if (stack.length > 1)
        throw new Error(`the document ends inside <${stack[stack.length - 1].name}>`);
    if (root.children.length === 0)
        throw new Error('no root element');
    return root.children[0];
}
/** Every descendant element named `name`, in document order. */
function descendants(element, name) {
    const found = [];
    const visit = (node) => {
        for (const child of node.children) {
            if (child.name === name)
                found.push(child);
            visit(child);
        }
    };
    visit(element);
    return found;
}
function child(element, name) {
    return element.children.find((candidate) => candidate.name === name);
}

;// CONCATENATED MODULE: ./src/core/testing/results.ts


/** A path from a report (absolute, relative to the project, or a file:// URL) as a repository-relative posix path. */
function results_repositoryPath(file, base) {
    let raw = file.trim();
    if (raw.startsWith('file://'))
        raw = decodeURIComponent(raw.slice('file://'.length));
    const absolute = external_node_path_default().resolve(base.projectDirectory, raw);
    return external_node_path_default().relative(base.repositoryRoot, absolute).split((external_node_path_default()).sep).join('/');
}
/**
 * The first frame of a stack or traceback that lies in the project and outside node_modules, site-packages and
 * the runtime: `at x (/abs/tests/a.test.ts:26:106)`, `file:///abs/a.test.js:10:12`, `tests/test_a.py:10: AssertionError`.
 */

function stackLocation(text, base, preferFile) {
    const frames = projectFrames((0,ansi/* stripColors */.T)(text), base);
    return frames.find((frame) => frame.file === preferFile) ?? frames[0];
}
function projectFrames(text, base) {
    const found = [];
    const frame = /(?:\(|\s|^)((?:file:\/\/)?[^\s()'"]+?\.(?:[cm]?[jt]sx?|py)):(\d+)(?::(\d+))?/gm;
    for (const match of text.matchAll(frame)) {
        const file = match[1];
        if (/(^|\/)(node_modules|site-packages|dist-packages)\//.test(file) || file.startsWith('node:') || /^<.*>$/.test(file))
            continue;
        const relative = results_repositoryPath(file, base);
        if (relative.startsWith('../'))
            continue;
        const projectRelative = external_node_path_default().relative(base.projectDirectory, external_node_path_default().resolve(base.repositoryRoot, relative));
        if (projectRelative.startsWith('..'))
            continue;
        found.push({ file: relative, line: Number(match[2]), column: match[3] === undefined ? undefined : Number(match[3]) });
    }
    return found;
}
/** The first meaningful lines of a failure text, without ANSI colours and stack frames. */
function failureHeadline(text, maxLines = 6) {
    const lines = (0,ansi/* stripColors */.T)(text)
        .split(/\r?\n/)
        .filter((line) => !/^\s*at\s/.test(line) && !/^\s*[{}]\s*$/.test(line))
        .map((line) => line.trimEnd());
    while (lines.length > 0 && lines[0].trim() === '')
        lines.shift();
    // Two blank lines in a row end the message (mocha puts its diff and the stack after them).
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '' && lines[index - 1].trim() === '');
    const kept = lines.slice(0, end < 0 ? maxLines : Math.min(end, maxLines));
    while (kept.length > 0 && kept[kept.length - 1].trim() === '')
        kept.pop();
    return kept.join('\n');
}
function totals(results, durationMs) {
    const count = (status) => results.cases.filter((test) => test.status === status).length;
    const fileErrors = results.fileErrors.length;
    return {
        passed: count('passed'),
        failed: count('failed') + fileErrors,
        skipped: count('skipped'),
        total: results.cases.length + fileErrors,
        fileErrors,
        durationMs: durationMs ?? results.cases.reduce((sum, test) => sum + test.durationMs, 0),
    };
}
/** The closing line's counts: the same numbers as the summary's table and the outputs. */
function totalsLine(counted) {
    const files = counted.fileErrors > 0 ? ` (${counted.fileErrors} of them test file${counted.fileErrors > 1 ? 's' : ''} that failed to run)` : '';
    return `${counted.passed} passed, ${counted.failed} failed${files}, ${counted.skipped} skipped, ${counted.total} in all`;
}
/** Tests that ran (passed or failed): zero of them is "nothing was tested". */
function executedCount(results) {
    return results.cases.filter((test) => test.status !== 'skipped').length;
}
/** Failed tests and failed files as findings: at the failing line when known, else at the test's declaration. */
function testFindings(results) {
    const findings = [];
    for (const test of results.cases) {
        if (test.status !== 'failed')
            continue;
        const atFailure = test.failureFile !== undefined && test.failureLine !== undefined;
        findings.push({
            level: 'error',
            message: `${test.name} failed${test.message ? `: ${test.message}` : ''}`,
            file: atFailure ? test.failureFile : test.file,
            line: atFailure ? test.failureLine : test.line,
            column: atFailure ? test.failureColumn : undefined,
            source: results.runner,
        });
    }
    for (const error of results.fileErrors) {
        findings.push({ level: 'error', message: error.message, file: error.file, line: error.line, source: results.runner });
    }
    return findings;
}
/** Per-file durations (sum of the file's tests), for shard planning. */
function fileDurations(results) {
    const durations = { ...results.fileDurationsMs };
    const measured = new Set(Object.keys(durations));
    for (const test of results.cases) {
        if (test.file === undefined || measured.has(test.file))
            continue;
        durations[test.file] = (durations[test.file] ?? 0) + test.durationMs;
    }
    return durations;
}
function mergeResults(runner, parts) {
    return {
        runner,
        cases: parts.flatMap((part) => part.cases),
        fileErrors: parts.flatMap((part) => part.fileErrors),
        fileDurationsMs: Object.assign({}, ...parts.map((part) => part.fileDurationsMs ?? {})),
    };
}
/**
 * Paths as the repository has them. Runners write some relative to a root of their own (a vitest workspace
 * project writes `bundle-size.test.ts` for `packages/treeshake/bundle-size.test.ts`): a path that is not a file of
 * the repository is replaced by the one file under the project that ends with it, or dropped when none or several
 * do, so that every annotation points at a file that exists. `files`: repository-relative files under the project.
 */
function placeOnExistingFiles(results, files, projectPath = '') {
    const known = new Set(files);
    const prefix = projectPath === '' || projectPath === '.' ? '' : `${projectPath}/`;
    const placed = new Map();
    const place = (file, near) => {
        if (file === undefined || known.has(file))
            return file;
        // The path the runner meant, relative to some root under the project: what follows the project's own path.
        const tail = (file.startsWith(prefix) ? file.slice(prefix.length) : file).replace(/^(\.\.\/)+/, '');
        const ends = (candidate) => candidate === tail || candidate.endsWith(`/${tail}`);
        // A failure's frame in the test's own file: that file, even where several packages have one of that name.
        if (near !== undefined && ends(near))
            return near;
        if (!placed.has(file)) {
            const matches = files.filter(ends);
            placed.set(file, matches.length === 1 ? matches[0] : undefined);
        }
        return placed.get(file);
    };
    const cases = results.cases.map((test) => {
        const moved = { ...test, file: place(test.file) };
        if (test.failureFile !== undefined) {
            moved.failureFile = place(test.failureFile, moved.file);
            if (moved.failureFile === undefined) {
                delete moved.failureFile;
                delete moved.failureLine;
                delete moved.failureColumn;
            }
        }
        if (moved.file === undefined)
            delete moved.line;
        return moved;
    });
    const fileErrors = results.fileErrors.map((error) => {
        const file = place(error.file);
        return file === undefined ? { message: error.message } : { ...error, file };
    });
    const fileDurationsMs = results.fileDurationsMs
        ? Object.fromEntries(Object.entries(results.fileDurationsMs).map(([file, ms]) => [place(file) ?? file, ms]))
        : undefined;
    return { ...results, cases, fileErrors, ...(fileDurationsMs ? { fileDurationsMs } : {}) };
}

;// CONCATENATED MODULE: ./src/core/testing/coverage.ts


function ratio(covered, total) {
    return { covered, total, percent: total === 0 ? undefined : Math.floor((covered / total) * 10_000) / 100 };
}
function fileEntry(data, file) {
    data[file] ??= { lines: {}, branches: {} };
    return data[file];
}
/** lcov tracefile (`SF`, `DA`, `BRDA` records). */
function parseLcov(text, base) {
    const data = {};
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('SF:'))
            current = fileEntry(data, results_repositoryPath(line.slice(3), base));
        else if (line === 'end_of_record')
            current = undefined;
        else if (current && line.startsWith('DA:')) {
            const [number, hits] = line.slice(3).split(',');
            current.lines[number] = Math.max(current.lines[number] ?? 0, Number(hits) || 0);
        }
        else if (current && line.startsWith('BRDA:')) {
            const [number, block, branch, taken] = line.slice(5).split(',');
            const key = `${number}:${block}:${branch}`;
            const hit = taken !== '-' && Number(taken) > 0 ? 1 : 0;
            current.branches[key] = [Math.max(current.branches[key]?.[0] ?? 0, hit), 1];
        }
    }
    return data;
}
/** Cobertura XML (coverage.py's `coverage xml`, pytest-cov's `--cov-report=xml`). */
function parseCobertura(xml, base) {
    const root = parseXml(xml);
    if (root.name !== 'coverage')
        throw new Error(`the root element is <${root.name}>, not <coverage>: not a Cobertura report`);
    const sources = descendants(root, 'source').map((source) => source.text.trim()).filter((source) => source !== '');
    const data = {};
    for (const element of descendants(root, 'class')) {
        const filename = element.attributes.filename ?? '';
        const located = sources.length > 0 && !filename.startsWith('/') ? `${sources[0]}/${filename}` : filename;
        const entry = fileEntry(data, results_repositoryPath(located, base));
        for (const line of descendants(child(element, 'lines') ?? element, 'line')) {
            const number = line.attributes.number ?? '0';
            entry.lines[number] = Math.max(entry.lines[number] ?? 0, Number(line.attributes.hits) || 0);
            const condition = /\((\d+)\/(\d+)\)/.exec(line.attributes['condition-coverage'] ?? '');
            if (line.attributes.branch === 'true' && condition) {
                const previous = entry.branches[number];
                entry.branches[number] = [Math.max(previous?.[0] ?? 0, Number(condition[1])), Math.max(previous?.[1] ?? 0, Number(condition[2]))];
            }
        }
    }
    return data;
}
/** Shards cover the same files: a line is covered when any shard covered it. */
function mergeCoverage(parts) {
    const merged = {};
    for (const part of parts) {
        for (const [file, coverage] of Object.entries(part)) {
            const entry = fileEntry(merged, file);
            for (const [line, hits] of Object.entries(coverage.lines))
                entry.lines[line] = (entry.lines[line] ?? 0) + hits;
            for (const [key, [covered, total]] of Object.entries(coverage.branches)) {
                const previous = entry.branches[key];
                entry.branches[key] = [Math.max(previous?.[0] ?? 0, covered), Math.max(previous?.[1] ?? 0, total)];
            }
        }
    }
    return merged;
}
function summarizeCoverage(data) {
    let linesCovered = 0;
    let linesTotal = 0;
    let branchesCovered = 0;
    let branchesTotal = 0;
    const files = Object.entries(data)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, coverage]) => {
        const hits = Object.values(coverage.lines);
        const lines = ratio(hits.filter((count) => count > 0).length, hits.length);
        const branchPoints = Object.values(coverage.branches);
        const branches = ratio(branchPoints.reduce((sum, [covered]) => sum + covered, 0), branchPoints.reduce((sum, [, total]) => sum + total, 0));
        linesCovered += lines.covered;
        linesTotal += lines.total;
        branchesCovered += branches.covered;
        branchesTotal += branches.total;
        return { file, lines, branches };
    });
    return { lines: ratio(linesCovered, linesTotal), branches: ratio(branchesCovered, branchesTotal), files };
}
/** istanbul's `json-summary` (jest `--coverageReporters=json-summary`): totals and per-file counts, not mergeable. */
function parseJsonSummary(text, base) {
    const parsed = JSON.parse(text);
    if (parsed.total === undefined)
        throw new Error('no "total" entry: not an istanbul json-summary');
    const read = (counts) => ratio(counts?.covered ?? 0, counts?.total ?? 0);
    const files = Object.entries(parsed)
        .filter(([name]) => name !== 'total')
        .map(([name, entry]) => ({ file: repositoryPath(name, base), lines: read(entry.lines), branches: read(entry.branches) }))
        .sort((a, b) => a.file.localeCompare(b.file));
    return { lines: read(parsed.total.lines), branches: read(parsed.total.branches), files };
}
/** The files with the lowest line coverage (ties by name), for the summary. */
function leastCovered(summary, count = 5) {
    return summary.files
        .filter((file) => file.lines.total > 0 && (file.lines.percent ?? 100) < 100)
        .sort((a, b) => (a.lines.percent ?? 100) - (b.lines.percent ?? 100) || a.file.localeCompare(b.file))
        .slice(0, count);
}
/** lcov text for merged coverage, so other tools (Codecov, Coveralls, editors) can take it. */
function writeLcov(data) {
    const records = Object.entries(data)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, coverage]) => {
        const lines = Object.entries(coverage.lines).sort(([a], [b]) => Number(a) - Number(b));
        const branchLines = [];
        let branchesFound = 0;
        let branchesHit = 0;
        for (const [key, [covered, total]] of Object.entries(coverage.branches)) {
            const [line, block = '0', branch] = key.split(':');
            for (let index = 0; index < total; index += 1) {
                const taken = index < covered ? 1 : 0;
                branchLines.push(`BRDA:${line},${block},${branch ?? index},${taken}`);
                branchesFound += 1;
                branchesHit += taken;
            }
        }
        return [
            `SF:${file}`,
            ...branchLines,
            `BRF:${branchesFound}`,
            `BRH:${branchesHit}`,
            ...lines.map(([line, hits]) => `DA:${line},${hits}`),
            `LF:${lines.length}`,
            `LH:${lines.filter(([, hits]) => hits > 0).length}`,
            'end_of_record',
        ].join('\n');
    });
    return `TN:\n${records.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/testing/jest-json.ts

const STATUS = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };
/** jest `--json --outputFile=… --testLocationInResults`: every assertion, and the files that failed to run. */
function parseJestJson(text, base) {
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed.testResults))
        throw new Error('no testResults array: not the output of jest --json');
    const cases = [];
    const fileErrors = [];
    const fileDurationsMs = {};
    for (const result of parsed.testResults) {
        const file = result.name ? results_repositoryPath(result.name, base) : undefined;
        if (file !== undefined && result.startTime !== undefined && result.endTime !== undefined && result.endTime >= result.startTime) {
            fileDurationsMs[file] = result.endTime - result.startTime;
        }
        const assertions = result.assertionResults ?? [];
        for (const assertion of assertions) {
            const status = STATUS[assertion.status ?? ''] ?? 'skipped';
            const test = {
                file,
                name: assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title ?? ''].join(' › '),
                status,
                durationMs: assertion.duration ?? 0,
                line: assertion.location?.line ?? undefined,
            };
            if (status === 'failed') {
                const text = (assertion.failureMessages ?? []).join('\n');
                const location = stackLocation(text, base, file);
                if (location) {
                    test.failureFile = location.file;
                    test.failureLine = location.line;
                    test.failureColumn = location.column;
                }
                test.message = failureHeadline(text.replace(/^Error: /, '')) || 'failed';
            }
            cases.push(test);
        }
        const anyFailed = assertions.some((assertion) => assertion.status === 'failed');
        if (result.status === 'failed' && !anyFailed) {
            // jest's text: "● Test suite failed to run", the error, then a code frame (kept out: the annotation is at that line).
            const text = (0,ansi/* stripColors */.T)(result.message ?? '')
                .split(/\r?\n/)
                .filter((line) => !/^\s*(●\s*)?Test suite failed to run\s*$/.test(line) && !/^\s*>?\s*\d*\s*\|/.test(line))
                .join('\n');
            const message = failureHeadline(text, 6).split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n') || 'the test file failed to run';
            const location = stackLocation(result.message ?? '', base, file);
            fileErrors.push({ file, line: location?.file === file ? location?.line : undefined, message: `${file ?? 'A test file'} failed to run: ${message}` });
        }
    }
    return { runner: 'jest', cases, fileErrors, fileDurationsMs };
}

;// CONCATENATED MODULE: ./src/core/testing/junit.ts



const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py)$/;
function caseFile(testcase, options) {
    const file = testcase.attributes.file;
    if (file)
        return results_repositoryPath(file, options);
    // vitest writes the test file (relative to its root) as the classname.
    const classname = testcase.attributes.classname ?? '';
    if (SOURCE_FILE.test(classname))
        return results_repositoryPath(classname, options);
    return undefined;
}
/** pytest: `TestClass::test_name` as in its node ids; others: `suite › test` when the classname is a suite title. */
function caseName(testcase, runner) {
    const name = testcase.attributes.name ?? '';
    const classname = testcase.attributes.classname ?? '';
    if (runner === 'pytest') {
        const last = classname.split('.').pop() ?? '';
        return /^[A-Z]/.test(last) ? `${last}::${name}` : name;
    }
    if (classname === '' || classname === 'test' || SOURCE_FILE.test(classname) || name.startsWith(classname))
        return name;
    return `${classname} › ${name}`;
}
function parseCase(testcase, options) {
    const file = caseFile(testcase, options);
    const lineAttribute = testcase.attributes.line;
    const declared = lineAttribute !== undefined && lineAttribute !== '' ? Number(lineAttribute) + (options.zeroBasedLines ? 1 : 0) : undefined;
    const seconds = Number.parseFloat(testcase.attributes.time ?? '0');
    const failure = child(testcase, 'failure') ?? child(testcase, 'error');
    const skipped = child(testcase, 'skipped');
    const test = {
        file,
        name: caseName(testcase, options.runner),
        status: failure ? 'failed' : skipped ? 'skipped' : 'passed',
        durationMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : 0,
        line: declared !== undefined && Number.isFinite(declared) ? declared : undefined,
    };
    if (failure) {
        const text = failure.text;
        const location = stackLocation(text, options, file);
        if (location) {
            test.failureFile = location.file;
            test.failureLine = location.line;
            test.failureColumn = location.column;
        }
        const message = failure.attributes.message?.trim();
        test.message = failureHeadline(message ? message : text) || failure.attributes.type || 'failed';
    }
    return test;
}
/** JUnit XML from pytest (`--junitxml`), vitest's junit reporter, mocha's xunit reporter, node's junit or ours. */
function parseJunit(xml, options) {
    const root = parseXml(xml);
    const testcases = root.name === 'testcase' ? [root] : descendants(root, 'testcase');
    // pytest reports its own internal error (a plugin crash, a bad -k with xdist) as a test named pytest.internal.
    const internal = (testcase) => options.runner === 'pytest' && testcase.attributes.classname === 'pytest' && testcase.attributes.name === 'internal';
    const fileErrors = testcases.filter(internal).map((testcase) => {
        const text = (child(testcase, 'error') ?? child(testcase, 'failure'))?.text ?? '';
        const last = lastLines(text, 3, { skipBlank: true });
        return { message: `pytest stopped with an internal error:\n${last}` };
    });
    // pytest reports a module it could not collect (an ImportError, a SyntaxError) as an error named by the module.
    const uncollected = (testcase) => options.runner === 'pytest' && child(testcase, 'error')?.attributes.message === 'collection failure';
    fileErrors.push(...testcases.filter(uncollected).map((testcase) => pytestCollectionError(testcase, options)));
    // node's runner reports a file that failed as a whole (it did not load, its process died) as a test named by the
    // file; vitest a suite that failed to run as a test named by its classname, the file.
    const namedByFile = (testcase) => {
        const { name, file, classname } = testcase.attributes;
        return (file !== undefined && name === file) || (classname !== undefined && SOURCE_FILE.test(classname) && name === classname);
    };
    const wholeFile = (testcase) => namedByFile(testcase) && (child(testcase, 'failure') ?? child(testcase, 'error')) !== undefined;
    for (const testcase of testcases.filter(wholeFile)) {
        const failed = parseCase(testcase, options);
        fileErrors.push({ file: failed.file, line: failed.failureFile === failed.file ? failed.failureLine : undefined, message: `${failed.file ?? 'A test file'} failed to run: ${failed.message ?? 'failed'}` });
    }
    const cases = testcases.filter((testcase) => !internal(testcase) && !uncollected(testcase) && !wholeFile(testcase)).map((testcase) => parseCase(testcase, options));
    return { runner: options.runner, cases, fileErrors };
}
/**
 * A test module pytest could not collect, as pytest's own summary line names it ("ERROR collecting tests/test_x.py")
 * with the error's last line (`E   ModuleNotFoundError: No module named 'foo'`, `E   SyntaxError: invalid syntax`), at
 * the module's line that the traceback or the SyntaxError blames.
 */
function pytestCollectionError(testcase, options) {
    const text = child(testcase, 'error')?.text ?? '';
    const named = /^Import\w*Error while importing test module '([^']+)'/m.exec(text)?.[1] ?? /^E\s+File "([^"]+\.py)", line \d+/m.exec(text)?.[1];
    const fromName = `${(testcase.attributes.name ?? '').replace(/\./g, '/')}.py`;
    const file = results_repositoryPath(named ?? (testcase.attributes.file || fromName), options);
    const syntaxLine = /^E\s+File "([^"]+)", line (\d+)/m.exec(text);
    const frame = stackLocation(text, options, file);
    const line = syntaxLine && results_repositoryPath(syntaxLine[1], options) === file ? Number(syntaxLine[2]) : frame?.file === file ? frame.line : undefined;
    const errors = text.split(/\r?\n/).filter((entry) => /^E\s{2,}\S/.test(entry) && !/^E\s+(File "|\s*\^)/.test(entry)).map((entry) => entry.replace(/^E\s+/, '').trim());
    const cause = errors.filter((entry) => /^\w*(Error|Exception|Exit)\b/.test(entry)).pop() ?? errors.pop() ?? failureHeadline(text, 1);
    return { file, ...(line !== undefined ? { line } : {}), message: `ERROR collecting ${file} (pytest could not import the test module): ${cause}` };
}
/** Writes results as JUnit XML (for the merged results of shards, and for runners whose own file lacks paths). */
function writeJunit(results) {
    const byFile = new Map();
    for (const test of results.cases) {
        const key = test.file ?? results.runner;
        byFile.set(key, [...(byFile.get(key) ?? []), test]);
    }
    const suites = [...byFile.entries()].map(([name, tests]) => {
        const failures = tests.filter((test) => test.status === 'failed').length;
        const skipped = tests.filter((test) => test.status === 'skipped').length;
        const seconds = tests.reduce((sum, test) => sum + test.durationMs, 0) / 1000;
        const cases = tests.map((test) => {
            const attributes = [
                `name="${escapeXml(test.name)}"`,
                `classname="${escapeXml(test.file ?? results.runner)}"`,
                `time="${(test.durationMs / 1000).toFixed(3)}"`,
                test.file !== undefined ? `file="${escapeXml(test.file)}"` : '',
                test.line !== undefined ? `line="${test.line}"` : '',
            ].filter((part) => part !== '');
            if (test.status === 'passed')
                return `    <testcase ${attributes.join(' ')}/>`;
            if (test.status === 'skipped')
                return `    <testcase ${attributes.join(' ')}><skipped/></testcase>`;
            const where = test.failureFile !== undefined ? `\n${test.failureFile}:${test.failureLine ?? 0}${test.failureColumn !== undefined ? `:${test.failureColumn}` : ''}` : '';
            return `    <testcase ${attributes.join(' ')}><failure message="${escapeXml(test.message ?? 'failed')}">${escapeXml(`${test.message ?? ''}${where}`)}</failure></testcase>`;
        });
        return `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
    });
    const errors = results.fileErrors.map((error) => `  <testsuite name="${escapeXml(error.file ?? results.runner)}" tests="1" failures="0" errors="1"><testcase name="(file)" classname="${escapeXml(error.file ?? results.runner)}"${error.file ? ` file="${escapeXml(error.file)}"` : ''}><error message="${escapeXml(failureHeadline(error.message, 1))}">${escapeXml(error.message)}</error></testcase></testsuite>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${[...suites, ...errors].join('\n')}\n</testsuites>\n`;
}

;// CONCATENATED MODULE: ./src/core/testing/shards.ts

/** `shard: i/n` with 1 <= i <= n. Empty means no sharding. */
function parseShard(raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!match || total < 1 || index < 1 || index > total) {
        throw new errors/* ConfigurationError */.j1(`Input 'shard' must be i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards (got '${value}').`);
    }
    return { index, total };
}
/**
 * Splits test files into `total` shards, the same way in every shard (so each runs its own part and no file is
 * run twice or missed): files with a known duration by greedy longest-processing-time (longest first onto the
 * least-loaded shard), then files without history spread by count (onto the shard with the fewest of them, then
 * the least load). Ties go to the lower shard; files are taken in name order, so the input order does not matter.
 */
function planShards(files, history, total) {
    const unique = [...new Set(files)].sort();
    const known = unique
        .filter((file) => Number.isFinite(history[file]) && history[file] >= 0)
        .sort((a, b) => history[b] - history[a] || a.localeCompare(b));
    const knownSet = new Set(known);
    const unknown = unique.filter((file) => !knownSet.has(file));
    const shards = Array.from({ length: total }, () => []);
    const loads = Array.from({ length: total }, () => 0);
    const unknownCounts = Array.from({ length: total }, () => 0);
    const pick = (better) => {
        let best = 0;
        for (let shard = 1; shard < total; shard += 1)
            if (better(shard, best))
                best = shard;
        return best;
    };
    for (const file of known) {
        const shard = pick((a, b) => loads[a] < loads[b]);
        shards[shard].push({ file, estimateMs: history[file] });
        loads[shard] += history[file];
    }
    for (const file of unknown) {
        const shard = pick((a, b) => unknownCounts[a] < unknownCounts[b] || (unknownCounts[a] === unknownCounts[b] && loads[a] < loads[b]));
        shards[shard].push({ file });
        unknownCounts[shard] += 1;
    }
    for (const shard of shards)
        shard.sort((a, b) => a.file.localeCompare(b.file));
    return { shards, loadsMs: loads, filesWithoutHistory: unknown.length };
}
/** Splitting by count only: every n-th file, in name order (what a split without history does). */
function planShardsByCount(files, total) {
    const shards = Array.from({ length: total }, () => []);
    [...new Set(files)].sort().forEach((file, position) => shards[position % total].push(file));
    return shards;
}
/** Sum of durations per shard, with `durations` measured (or estimated) per file. */
function shardLoads(shards, durations) {
    return shards.map((files) => files.reduce((sum, file) => sum + (durations[file] ?? 0), 0));
}

;// CONCATENATED MODULE: ./src/core/testing/node-script.ts
/**
 * How a package script calls node's own test runner, read from its text: whether anything can be appended to it
 * (only options, no file or folder arguments after `--test`, and it is the script's last command), whether it picks
 * its own reporter (which replaces the reporters given through NODE_OPTIONS) and whether it measures coverage.
 *
 * Reporters reach the runner through NODE_OPTIONS, which node reads whatever the script's arguments are
 * (`node --test`, `node --test test/`, globs, `--import tsx`, a wrapper that spawns node). Node refuses
 * `--experimental-test-coverage` in NODE_OPTIONS: coverage is asked for on the command line, only when that is safe.
 */
/** When set, our reporter writes one JUnit file per runner process into this folder (and nothing to its destination). */
const NODE_RESULTS_VARIABLE = 'BUILD_ACTIONS_NODE_TEST_RESULTS';
/** node options that take their value as the next argument (`--import tsx`). */
const TAKES_VALUE = new Set([
    '--import', '--require', '-r', '--loader', '--experimental-loader', '--test-name-pattern', '--test-skip-pattern', '--test-reporter',
    '--test-reporter-destination', '--test-concurrency', '--test-timeout', '--test-shard', '--env-file', '--conditions', '-C', '--watch-path',
    '--input-type', '--test-coverage-include', '--test-coverage-exclude', '--test-global-setup', '--stack-size', '--max-old-space-size',
]);
function words(command) {
    const found = [];
    for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
        found.push(match[1] ?? match[2] ?? match[3]);
    return found;
}
function nodeTestInvocation(scriptText) {
    const commands = scriptText.split(/&&|\|\||;|\|/).map((part) => part.trim()).filter((part) => part !== '');
    for (let index = commands.length - 1; index >= 0; index -= 1) {
        const tokens = words(commands[index]);
        const start = tokens.findIndex((token) => token === 'node' || token.endsWith('/node'));
        if (start < 0 || !tokens.slice(start + 1).some((token) => token === '--test'))
            continue;
        const positional = [];
        let ownReporter = false;
        let coverage = false;
        for (let at = start + 1; at < tokens.length; at += 1) {
            const token = tokens[at];
            if (token.startsWith('--test-reporter=') || token === '--test-reporter')
                ownReporter = true;
            if (token === '--experimental-test-coverage')
                coverage = true;
            if (TAKES_VALUE.has(token))
                at += 1;
            else if (!token.startsWith('-'))
                positional.push(token);
        }
        return { positional, last: index === commands.length - 1, ownReporter, coverage };
    }
    return undefined;
}
/** One NODE_OPTIONS word: quoted (node's own rule: double quotes, backslash escapes) when it holds a space or a quote. */
function nodeOption(value) {
    return /[\s"\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
}
/** The project's NODE_OPTIONS with our reporters added after them. */
function nodeOptionsWithReporters(existing, reporters) {
    const ours = reporters.flatMap(({ reporter, destination }) => [`--test-reporter=${nodeOption(reporter)}`, `--test-reporter-destination=${nodeOption(destination)}`]);
    return [existing?.trim() ?? '', ...ours].filter((part) => part !== '').join(' ');
}

;// CONCATENATED MODULE: ./src/core/testing/python-coverage.ts

const TEST_NAME = /^(tests?|testing|test_.*|.*_tests?|conftest|setup|noxfile|docs?|examples?|scripts?|benchmarks?)$/;
/** The `source` (or `source_pkgs`) of an INI section, e.g. `[run]` or `[coverage:run]`. */
function iniSource(text, section) {
    let inside = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            inside = header[1].trim() === section;
            continue;
        }
        if (inside && /^(source|source_pkgs)\s*[=:]/.test(line))
            return true;
    }
    return false;
}
/** Which file configures coverage's source, if any. */
function configuredCoverageSource(configs) {
    const pyproject = configs['pyproject.toml'];
    if (pyproject !== undefined) {
        try {
            const run = (parse(pyproject).tool?.coverage?.run) ?? {};
            if (run.source !== undefined || run.source_pkgs !== undefined)
                return 'pyproject.toml [tool.coverage.run]';
        }
        catch {
            // An unreadable pyproject.toml is reported by the tools that need it.
        }
    }
    if (configs['.coveragerc'] !== undefined && iniSource(configs['.coveragerc'], 'run'))
        return '.coveragerc [run]';
    if (configs['setup.cfg'] !== undefined && iniSource(configs['setup.cfg'], 'coverage:run'))
        return 'setup.cfg [coverage:run]';
    if (configs['tox.ini'] !== undefined && iniSource(configs['tox.ini'], 'coverage:run'))
        return 'tox.ini [coverage:run]';
    return undefined;
}
function pytestCoverageArgs(facts) {
    const configured = configuredCoverageSource(facts.configs);
    // A bare --cov takes its source from the coverage configuration.
    if (configured !== undefined)
        return { args: ['--cov'], source: `the source in ${configured}` };
    const keep = (name) => !TEST_NAME.test(name);
    const packages = facts.srcPackages.length > 0 ? facts.srcPackages.filter(keep).map((name) => `src/${name}`) : facts.packages.filter(keep);
    if (packages.length > 0)
        return { args: packages.sort().map((name) => `--cov=${name}`), source: `the project's packages: ${packages.sort().join(', ')}` };
    const modules = facts.modules.map((file) => file.replace(/\.py$/, '')).filter(keep).sort();
    if (modules.length > 0)
        return { args: modules.map((name) => `--cov=${name}`), source: `the project's modules: ${modules.join(', ')}` };
    return {
        unavailable: "No package or module to measure outside the tests: name what coverage measures in the project's coverage configuration " +
            '([tool.coverage.run] source in pyproject.toml, or .coveragerc) for coverage.',
    };
}

;// CONCATENATED MODULE: ./src/core/testing/test-command.ts





const NPM_PLACEHOLDER = /no test specified/;
const PYTHON_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'pytest.ini', 'tox.ini'];
/** The runner a package script calls, from its text (`jest --ci`, `vitest run`, `node --test`, `mocha`). */
/** pytest's exit code when it collected no test (https://docs.pytest.org/en/stable/reference/exit-codes.html): not a failure by itself. */
const PYTEST_NO_TESTS_COLLECTED = 5;
/** Whether `exitCode` is the runner saying it found no test, rather than a failure. */
function collectedNoTests(runner, exitCode) {
    return runner === 'pytest' && exitCode === PYTEST_NO_TESTS_COLLECTED;
}
function detectNodeRunner(scriptText) {
    // `jest`, or jest's own script through node (`node --experimental-vm-modules node_modules/jest/bin/jest.js`).
    if (/(^|[\s/&;|(])jest(\.js)?(\s|$)/.test(scriptText))
        return 'jest';
    if (/(^|[\s/&;|(])vitest(\s|$)/.test(scriptText))
        return 'vitest';
    if (/(^|[\s/&;|(])node(\s[^&;|]*)?\s--test(\s|=|$)/.test(scriptText))
        return 'node';
    if (/(^|[\s/&;|(])mocha(\s|$)/.test(scriptText))
        return 'mocha';
    return undefined;
}
function test_command_scripts(manifest) {
    const value = manifest?.scripts;
    if (value === null || typeof value !== 'object')
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
function nodePackageManager(snapshot) {
    if (snapshot.entries.has('pnpm-lock.yaml'))
        return 'pnpm';
    if (snapshot.entries.has('yarn.lock'))
        return 'yarn';
    return 'npm';
}
/**
 * Decides how the project's tests run. `testScript` (input 'test-script') names the package script; any script runs,
 * recognised or not: an unrecognised one is judged by its exit code. Throws ConfigurationError, saying what was
 * looked for, when nothing fits.
 */
function detectTestProject(snapshot, coverage, testScript = '') {
    const available = test_command_scripts(readPackageJson(snapshot));
    if (testScript !== '' && available[testScript] === undefined) {
        const names = Object.keys(available);
        throw new errors/* ConfigurationError */.j1(`Input 'test-script' is '${testScript}', but package.json in ${snapshot.directory} has no such script ` +
            `(it has ${names.length > 0 ? names.map((name) => `'${name}'`).join(', ') : 'no scripts'}). Name one of them, or leave the input empty.`);
    }
    const script = testScript !== '' ? testScript : coverage && available['test:coverage'] !== undefined ? 'test:coverage' : 'test';
    const scriptText = available[script];
    if (scriptText !== undefined && (testScript !== '' || !NPM_PLACEHOLDER.test(scriptText))) {
        const detected = detectNodeRunner(scriptText);
        // Arguments appended to a script reach its last command: jest's, vitest's or mocha's result flags only work when that command is the runner.
        const lastCommand = scriptText.split(/&&|\|\||;/).map((part) => part.trim()).filter((part) => part !== '').pop() ?? '';
        const reachable = detected === undefined || detected === 'node' || detectNodeRunner(lastCommand) === detected;
        const runner = detected !== undefined && reachable ? detected : 'script';
        const why = detected === undefined
            ? ' (no runner recognised in it: run as it is, judged by its exit code)'
            : reachable
                ? ''
                : ` (${detected} is not its last command, so flags for its results cannot be added: run as it is, judged by its exit code)`;
        const reason = `package.json script '${script}': ${scriptText}${why}`;
        return { language: 'node', runner, script, scriptText, packageManager: nodePackageManager(snapshot), reason };
    }
    const pythonMarker = PYTHON_MARKERS.find((name) => snapshot.entries.has(name)) ?? requirementsFiles(snapshot)[0];
    if (pythonMarker !== undefined)
        return { language: 'python', runner: 'pytest', reason: `found ${pythonMarker}` };
    const found = snapshot.entries.has('package.json')
        ? scriptText !== undefined
            ? `package.json's 'test' script is npm's placeholder ('${scriptText}')`
            : `package.json has no 'test' script`
        : 'no package.json';
    throw new errors/* ConfigurationError */.j1(`No test command in ${snapshot.directory}: ${found}, and no Python project to run pytest in. Looked for the package.json scripts ` +
        `'test' (and 'test:coverage' when coverage is on) and for ${PYTHON_MARKERS.join(', ')}, requirements*.txt. ` +
        `Add a 'test' script, or set 'working-directory' to the project folder.`);
}
function installHint(packageManager, name) {
    return packageManager === 'npm' ? `npm install --save-dev ${name}` : `${packageManager} add -D ${name}`;
}
function scriptCommand(project, args) {
    if (project.packageManager === 'npm')
        return { command: 'npm', args: ['run', project.script, '--', ...args] };
    return { command: project.packageManager, args: ['run', project.script, ...args] };
}
/** The command that runs the tests with machine-readable results, as an argument array (never a shell string). */
function testCommand(project, inputs) {
    const directory = inputs.resultsDirectory;
    const at = (name) => external_node_path_default().join(directory, name);
    const files = inputs.files ?? [];
    if (project.language === 'python') {
        const python = inputs.python;
        if (python === undefined)
            throw new Error('the Python interpreter was not probed');
        const args = ['-m', 'pytest', `--junitxml=${at('junit.xml')}`, '-o', 'junit_family=xunit1'];
        // coverage.py's data file goes with the results, not into the project, whoever starts coverage (ours, or the
        // project's own --cov in addopts): COVERAGE_FILE wins over a config's data_file.
        const plan = { command: python.executable, args, env: { COVERAGE_FILE: at('.coverage') }, files: { directory, junit: at('junit.xml') } };
        const sources = inputs.coverage && python.hasCov ? pytestCoverageArgs(inputs.pythonCoverage ?? { packages: [], srcPackages: [], modules: [], configs: {} }) : undefined;
        if (sources !== undefined && 'args' in sources) {
            args.push(...sources.args, '--cov-branch', `--cov-report=xml:${at('coverage.xml')}`, '--cov-report=term');
            plan.files.cobertura = at('coverage.xml');
            plan.coverageSource = sources.source;
        }
        else if (sources !== undefined) {
            plan.coverageUnavailable = sources.unavailable;
        }
        else if (inputs.coverage) {
            plan.coverageUnavailable = `pytest-cov is not installed in ${python.executable}: add pytest-cov to the project's test dependencies for coverage`;
        }
        if (python.hasXdist)
            args.push('-n', 'auto');
        args.push(...inputs.extraArgs, ...files);
        return plan;
    }
    const runnerArgs = [];
    const plan = { command: '', args: [], env: {}, files: { directory, junit: at('junit.xml') } };
    switch (project.runner) {
        case 'jest':
            plan.files.jestJson = at('jest-results.json');
            runnerArgs.push('--json', `--outputFile=${plan.files.jestJson}`, '--testLocationInResults');
            if (inputs.coverage) {
                plan.files.lcov = at('coverage/lcov.info');
                runnerArgs.push('--coverage', '--coverageReporters=lcovonly', '--coverageReporters=text-summary', `--coverageDirectory=${at('coverage')}`);
            }
            runnerArgs.push(...inputs.extraArgs);
            if (inputs.files !== undefined)
                runnerArgs.push('--runTestsByPath', ...files);
            break;
        case 'node':
        case 'script': {
            // Reporters through NODE_OPTIONS: node reads them whatever the script's own arguments are (a folder, globs,
            // --import tsx), and so does every runner a wrapper starts. Our reporter writes one file per runner process.
            plan.files.nodeJunitDirectory = at('node-junit');
            plan.env[NODE_RESULTS_VARIABLE] = plan.files.nodeJunitDirectory;
            const reporters = [{ reporter: inputs.nodeReporter, destination: 'stdout' }, { reporter: 'spec', destination: 'stdout' }];
            const invocation = project.runner === 'node' ? nodeTestInvocation(project.scriptText) : undefined;
            if (project.runner === 'script') {
                plan.countsMayBeUnknown = `no test runner was recognised in '${project.scriptText}', and it wrote no results the action can read (node's runner, when the script starts one, is read)`;
                if (inputs.coverage)
                    plan.coverageUnavailable = `Coverage is measured for the runners the action recognises (jest, vitest, node --test, pytest): the script '${project.script}' is run as it is.`;
            }
            else if (invocation?.ownReporter) {
                plan.countsMayBeUnknown = `the script '${project.scriptText}' picks its own --test-reporter, which replaces the ones the action gives node`;
            }
            if (project.runner === 'node' && inputs.coverage) {
                // node refuses --experimental-test-coverage in NODE_OPTIONS: it goes on the command line, only where it cannot be read as a file name.
                const appendable = invocation !== undefined && invocation.last && invocation.positional.length === 0;
                if (invocation?.coverage || appendable) {
                    if (!invocation?.coverage)
                        runnerArgs.push('--experimental-test-coverage');
                    plan.files.lcov = at('lcov.info');
                    reporters.push({ reporter: 'lcov', destination: plan.files.lcov });
                }
                else {
                    plan.coverageUnavailable =
                        `node --test measures coverage only with --experimental-test-coverage on its command line, before its file arguments, and \`${project.scriptText}\` ` +
                            `${invocation === undefined || !invocation.last ? 'runs other commands after it' : `names \`${invocation.positional.join(' ')}\``}: add --experimental-test-coverage to the script after --test for coverage.`;
                }
            }
            plan.env.NODE_OPTIONS = nodeOptionsWithReporters(inputs.nodeOptions, reporters);
            runnerArgs.push(...inputs.extraArgs, ...files);
            break;
        }
        case 'vitest':
            runnerArgs.push('--reporter=default', '--reporter=junit', `--outputFile.junit=${at('junit.xml')}`);
            if (inputs.coverage && inputs.vitestCoverageProvider !== false) {
                plan.files.lcov = at('coverage/lcov.info');
                runnerArgs.push('--coverage.enabled=true', '--coverage.reportOnFailure=true', '--coverage.reporter=lcovonly', '--coverage.reporter=text-summary', `--coverage.reportsDirectory=${at('coverage')}`);
            }
            else if (inputs.coverage) {
                // vitest refuses to start when coverage is on and no provider is installed: the tests run without it.
                plan.coverageUnavailable = `vitest measures coverage through a provider package, and the project has none: ${installHint(project.packageManager, '@vitest/coverage-v8')} (the version of vitest) for coverage.`;
            }
            runnerArgs.push(...inputs.extraArgs, ...files);
            break;
        case 'mocha':
            runnerArgs.push('--reporter=xunit', `--reporter-option=output=${at('junit.xml')}`);
            if (inputs.coverage)
                plan.coverageUnavailable = 'mocha has no coverage of its own: wrap it in c8 or nyc in the test script for coverage';
            runnerArgs.push(...inputs.extraArgs, ...files);
            break;
    }
    const command = scriptCommand(project, runnerArgs);
    return { ...plan, command: command.command, args: command.args };
}
/** The command that lists the test files, where the runner can list them (jest, pytest); undefined: walk the tree. */
function listCommand(project, python) {
    if (project.language === 'python')
        return { command: python?.executable ?? 'python3', args: ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'] };
    if (project.runner === 'jest') {
        const command = scriptCommand(project, ['--listTests']);
        return project.packageManager === 'npm' ? { command: 'npm', args: ['run', '--silent', ...command.args.slice(1)] } : { command: command.command, args: ['--silent', ...command.args] };
    }
    return undefined;
}
/** Test files from a listing's output: jest prints absolute paths, pytest `file::test` node ids. */
function parseListedFiles(output, project, projectDirectory) {
    const files = new Set();
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (project.language === 'python') {
            const match = /^([^\s:]+\.py)::/.exec(line);
            if (match)
                files.add(match[1]);
        }
        else if (line.startsWith('/') && /\.[cm]?[jt]sx?$/.test(line)) {
            files.add(external_node_path_default().relative(projectDirectory, line).split((external_node_path_default()).sep).join('/'));
        }
    }
    return [...files].sort();
}
/** node --test's default file patterns (Node 20+), matched on a path relative to the project. */
function isNodeTestFile(relative) {
    const parts = relative.split('/');
    if (parts.some((part) => part === 'node_modules' || part.startsWith('.')))
        return false;
    const name = parts[parts.length - 1];
    if (!/\.[cm]?js$/.test(name))
        return false;
    return /^(.*[.\-_])?test\.[cm]?js$/.test(name) || /^test-.*\.[cm]?js$/.test(name) || parts.slice(0, -1).includes('test');
}

;// CONCATENATED MODULE: ./src/core/testing/timings.ts


const TIMINGS_SCHEMA = 1;
/** The prefix every run of the same project and runner (and `cache-version` input) restores from, and saves under. */
function timingsKeyPrefix(parts) {
    return `test-timings-v${TIMINGS_SCHEMA}-${cacheVersionSegment(parts.cacheVersion)}${parts.os}-${parts.runner}-${(0,hashing/* digestText */.M)(parts.projectPath).slice(0, 12)}-`;
}
/** A key no other save uses: the run, and which shard (or the merge job) saved it. */
function timingsKey(prefix, run, label) {
    return `${prefix}${run}-${label}`;
}
function parseTimingsFile(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed.schema !== TIMINGS_SCHEMA || typeof parsed.run !== 'string')
            return undefined;
        const clean = (record) => Object.fromEntries(Object.entries((record ?? {})).filter((entry) => typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= 0));
        return { schema: TIMINGS_SCHEMA, run: parsed.run, planned: clean(parsed.planned), timings: clean(parsed.timings) };
    }
    catch {
        return undefined;
    }
}
/** The history the split is planned from: the restored entry's `planned` when this run saved it, else its `timings`. */
function planningHistory(restored, run) {
    if (restored === undefined)
        return {};
    return restored.run === run ? restored.planned : restored.timings;
}
/** What this shard (or the merge job) saves: the restored timings with its own measurements on top. */
function nextTimings(restored, run, measured) {
    const planned = planningHistory(restored, run);
    const carried = restored === undefined ? {} : restored.timings;
    return { schema: TIMINGS_SCHEMA, run, planned, timings: { ...carried, ...roundAll(measured) } };
}
function roundAll(record) {
    return Object.fromEntries(Object.entries(record).map(([file, ms]) => [file, Math.round(ms)]));
}

;// CONCATENATED MODULE: ./src/runtime/testing/node-test-reporter.ts



/**
 * A reporter module for node's own test runner (`node --test --test-reporter=<file>`): JUnit XML like node's
 * built-in junit reporter, plus what that one leaves out and annotations need: each test's file and line, its
 * suites in the name, and the assertion's own message and stack. Node loads it from a file: no dependency is added.
 */
const NODE_TEST_REPORTER_SOURCE = String.raw `
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const escape = (text) => String(text)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
export default async function* buildActionsJunit(source) {
  const stacks = new Map();
  const cases = [];
  const stderr = new Map();
  for await (const event of source) {
    const data = event.data ?? {};
    const key = data.file ?? '';
    if (event.type === 'test:stderr') {
      stderr.set(key, (stderr.get(key) ?? '') + data.message);
      continue;
    }
    if (event.type === 'test:start') {
      const stack = stacks.get(key) ?? [];
      stack.length = data.nesting;
      stack[data.nesting] = data.name;
      stacks.set(key, stack);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const details = data.details ?? {};
    if (details.type === 'suite') continue;
    const ancestors = (stacks.get(key) ?? []).slice(0, data.nesting);
    const name = [...ancestors, data.name].join(' › ');
    const skipped = data.skip !== undefined && data.skip !== false || data.todo !== undefined && data.todo !== false;
    const attributes = ['name="' + escape(name) + '"', 'classname="' + escape(data.file ?? 'test') + '"',
      'time="' + ((details.duration_ms ?? 0) / 1000).toFixed(6) + '"'];
    if (data.file) attributes.push('file="' + escape(data.file) + '"');
    if (data.line) attributes.push('line="' + data.line + '"');
    let body = '';
    if (skipped) body = '<skipped/>';
    else if (event.type === 'test:fail') {
      const error = details.error ?? {};
      const cause = error.cause && typeof error.cause === 'object' ? error.cause : error;
      let message = cause.message ?? String(cause);
      let text = cause.stack ?? message;
      // A file that failed as a whole (it did not load, or its process exited): what it printed says why.
      if (data.name === data.file && stderr.get(key)) {
        const lines = stderr.get(key).trim().split('\n').filter((line) => line.trim() !== '');
        message = (lines.find((line) => /Error|error:/.test(line)) ?? lines[lines.length - 1] ?? message).trim();
        text = lines.slice(-20).join('\n');
      }
      body = '<failure message="' + escape(message) + '" type="' + escape(error.failureType ?? 'failure') + '">' + escape(text) + '</failure>';
    }
    cases.push('    <testcase ' + attributes.join(' ') + (body ? '>' + body + '</testcase>' : '/>'));
  }
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="node:test" tests="' + cases.length + '">\n' + cases.join('\n') + '\n  </testsuite>\n</testsuites>\n';
  // Given through NODE_OPTIONS, every runner the script starts (a wrapper may start several) writes its own file.
  const folder = process.env.${NODE_RESULTS_VARIABLE};
  if (!folder) {
    yield xml;
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'node-' + process.pid + '-' + Date.now() + '-' + Math.random().toString(36).slice(2, 8) + '.xml'), xml);
}
`;
/** Writes the reporter module into `directory` and returns its absolute path. */
async function writeNodeTestReporter(directory) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    const file = external_node_path_default().join(directory, 'build-actions-node-test-reporter.mjs');
    await (0,promises_.writeFile)(file, NODE_TEST_REPORTER_SOURCE);
    return file;
}

;// CONCATENATED MODULE: ./src/runtime/testing/test-files.ts


const test_files_SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'build', 'coverage']);
/** Files under `directory` (relative, posix separators) that `accept` takes, skipping dependency and output folders. */
async function walkFiles(directory, accept, skip = test_files_SKIPPED_FOLDERS) {
    const found = [];
    const visit = async (relative) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(directory, relative), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!skip.has(entry.name) && !entry.name.startsWith('.'))
                    await visit(child);
            }
            else if (entry.isFile() && accept(child)) {
                found.push(child);
            }
        }
    };
    await visit('');
    return found.sort();
}
/**
 * Result files of an earlier run in the same folder would be read as this run's: the ones this action writes are
 * removed first. Only those names: the folder is the user's choice and may hold anything else.
 */
async function clearResultFiles(directory, names) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    await Promise.all(names.map((name) => (0,promises_.rm)(external_node_path_default().join(directory, name), { recursive: true, force: true })));
}
/** Every file named `name` under `directory`, at any depth (the shards' downloaded artifacts). */
async function findNamed(directory, name) {
    return walkFiles(directory, (relative) => external_node_path_default().posix.basename(relative) === name, new Set(['node_modules', '.git']));
}
/** Writes a text file, creating its folder. */
async function writeText(file, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, text);
}
async function removePath(target) {
    await (0,promises_.rm)(target, { recursive: true, force: true });
}
/** The texts of the files in `directory` (not below it) whose names end with `extension`; none when it does not exist. */
async function readTextFiles(directory, extension) {
    let names;
    try {
        names = (await (0,promises_.readdir)(directory)).filter((name) => name.endsWith(extension)).sort();
    }
    catch {
        return [];
    }
    return Promise.all(names.map((name) => (0,promises_.readFile)(external_node_path_default().join(directory, name), 'utf8')));
}
/** Whether `name` can be loaded from `directory`: its node_modules or a parent's, up to `root` (hoisted in a workspace). */
async function isPackageInstalled(directory, name, root) {
    let current = external_node_path_default().resolve(directory);
    const top = external_node_path_default().resolve(root);
    for (;;) {
        try {
            await (0,promises_.access)(external_node_path_default().join(current, 'node_modules', name, 'package.json'));
            return true;
        }
        catch {
            // not here: look in the parent
        }
        const parent = external_node_path_default().dirname(current);
        if (current === top || parent === current || !current.startsWith(top))
            return false;
        current = parent;
    }
}
/** What decides pytest's coverage source: the coverage config files, the packages (top-level and src/) and top-level modules. */
async function pythonCoverageFacts(directory) {
    const configs = {};
    for (const name of ['pyproject.toml', '.coveragerc', 'setup.cfg', 'tox.ini']) {
        try {
            configs[name] = await (0,promises_.readFile)(external_node_path_default().join(directory, name), 'utf8');
        }
        catch {
            // absent
        }
    }
    const packagesIn = async (folder) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch {
            return [];
        }
        const found = [];
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name.startsWith('.') || test_files_SKIPPED_FOLDERS.has(entry.name))
                continue;
            try {
                await (0,promises_.access)(external_node_path_default().join(folder, entry.name, '__init__.py'));
                found.push(entry.name);
            }
            catch {
                // not a package
            }
        }
        return found.sort();
    };
    const top = await (0,promises_.readdir)(directory, { withFileTypes: true });
    return {
        configs,
        packages: await packagesIn(directory),
        srcPackages: await packagesIn(external_node_path_default().join(directory, 'src')),
        modules: top.filter((entry) => entry.isFile() && entry.name.endsWith('.py')).map((entry) => entry.name).sort(),
    };
}

;// CONCATENATED MODULE: ./src/actions/testing/inputs.ts





/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
const TEST_INPUTS = [
    'working-directory',
    'coverage',
    'coverage-threshold',
    'shard',
    'args',
    'allow-no-tests',
    'cache',
    'cache-version',
    'results-directory',
    'merge-shards',
    'timeout-minutes',
    'test-script',
];
const TEST_OUTPUTS = [
    'passed',
    'failed',
    'skipped',
    'total',
    'coverage-percent',
    'branch-coverage-percent',
    'results-file',
    'coverage-file',
    'runner',
];
/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
const TEST_NAMES = declareNames({ inputs: TEST_INPUTS, outputs: TEST_OUTPUTS });
function parseThreshold(raw) {
    const value = raw.trim().replace(/\s*%$/, '');
    if (value === '')
        return undefined;
    const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(number >= 0 && number <= 100)) {
        throw new errors/* ConfigurationError */.j1(`Input 'coverage-threshold' must be a percent from 0 to 100, e.g. 80 (got '${raw.trim()}').`);
    }
    return number;
}
/** `args`: one argument per line; blank lines are dropped, nothing is split on spaces or quoted. */
function parseArgumentLines(raw) {
    return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}
function readTestInputs(read) {
    const inputs = {
        workingDirectory: parseStringInput(read('working-directory'), '.'),
        coverage: parseBooleanInput('coverage', read('coverage'), true),
        coverageThreshold: parseThreshold(read('coverage-threshold')),
        shard: parseShard(read('shard')),
        args: parseArgumentLines(read('args')),
        allowNoTests: parseBooleanInput('allow-no-tests', read('allow-no-tests'), false),
        cache: parseBooleanInput('cache', read('cache'), true),
        cacheVersion: parseCacheVersion(read('cache-version')),
        resultsDirectory: parseStringInput(read('results-directory'), 'test-results'),
        mergeShards: parseBooleanInput('merge-shards', read('merge-shards'), false),
        timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
        testScript: read('test-script').trim(),
    };
    if (inputs.coverageThreshold !== undefined && !inputs.coverage) {
        throw new errors/* ConfigurationError */.j1(`Input 'coverage-threshold' is ${inputs.coverageThreshold}, but 'coverage' is false: turn coverage on, or remove the threshold.`);
    }
    if (inputs.mergeShards && inputs.shard !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Inputs 'merge-shards: true' and 'shard: ${read('shard').trim()}' exclude each other: the merge runs in its own job after the shards.`);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/core/testing/report.ts



function formatPercent(value) {
    return value.percent === undefined ? 'n/a' : `${value.percent.toFixed(2)} % (${value.covered}/${value.total})`;
}
/** The tests that took longest, for the summary. */
function slowestTests(cases, count = 5) {
    return [...cases].sort((a, b) => b.durationMs - a.durationMs || a.name.localeCompare(b.name)).slice(0, count).filter((test) => test.durationMs > 0);
}
/** Coverage below the threshold fails with the numbers; no coverage at all with a threshold fails too. */
function coverageVerdict(coverage, threshold) {
    if (threshold === undefined)
        return undefined;
    const percent = coverage?.lines.percent;
    if (coverage === undefined || percent === undefined)
        return `Line coverage could not be measured, and 'coverage-threshold' is ${threshold} %.`;
    if (percent < threshold)
        return `Line coverage is ${percent.toFixed(2)} % (${coverage.lines.covered}/${coverage.lines.total} lines), below the threshold of ${threshold} %.`;
    return undefined;
}
function testSummary(report) {
    const { totals } = report;
    const document = [{ kind: 'heading', text: report.title }];
    const verdict = report.verdict.ok ? '**Passed**' : `**Failed**: ${report.verdict.message}`;
    document.push({ kind: 'paragraph', text: verdict });
    const crashed = (!report.verdict.ok && report.verdict.reason === 'crash' && totals.total === 0) || report.countsUnknown === true;
    if (!crashed)
        document.push({
            kind: 'table',
            header: ['passed', 'failed', 'skipped', 'total', 'duration'],
            rows: [[String(totals.passed), String(totals.failed), String(totals.skipped), String(totals.total), (0,summary_document/* formatSeconds */.Xo)(totals.durationMs)]],
        });
    if (report.command)
        document.push({ kind: 'paragraph', text: `Command: \`${report.command}\`` });
    if (report.failures.length > 0) {
        document.push({ kind: 'heading', text: `Failures (${report.failures.length})` });
        document.push({ kind: 'list', items: report.failures.map((finding) => `\`${formatFinding(finding).replace(/`/g, "'").replace(/\n/g, ' ')}\``) });
        if (report.overflow.length > 0) {
            document.push({ kind: 'paragraph', text: `${report.overflow.length} of them are not annotated (GitHub shows at most 10 error annotations per step, the step's failure message among them): see the list above.` });
        }
    }
    if (report.slowest.length > 0) {
        document.push({ kind: 'heading', text: 'Slowest tests' });
        document.push({ kind: 'table', header: ['test', 'file', 'time'], rows: report.slowest.map((test) => [test.name, test.file ?? '', test.durationMs < 1000 ? `${test.durationMs} ms` : (0,summary_document/* formatSeconds */.Xo)(test.durationMs)]) });
    }
    document.push({ kind: 'heading', text: 'Coverage' });
    if (report.coverage) {
        const threshold = report.coverageThreshold !== undefined ? ` (threshold ${report.coverageThreshold} %)` : '';
        document.push({ kind: 'table', header: ['', 'covered'], rows: [['lines' + threshold, formatPercent(report.coverage.lines)], ['branches', formatPercent(report.coverage.branches)]] });
        const least = leastCovered(report.coverage);
        if (least.length > 0) {
            document.push({ kind: 'paragraph', text: 'Least covered files:' });
            document.push({ kind: 'table', header: ['file', 'lines', 'branches'], rows: least.map((file) => [file.file, formatPercent(file.lines), formatPercent(file.branches)]) });
        }
    }
    else {
        document.push({ kind: 'paragraph', text: report.coverageNote ?? 'Coverage was not measured.' });
    }
    if (report.shard) {
        const { shard } = report;
        document.push({ kind: 'heading', text: `Shard ${shard.spec.index}/${shard.spec.total}` });
        document.push({
            kind: 'paragraph',
            text: `${shard.files.length} of ${shard.allFiles} test files, split by ${shard.filesWithoutHistory === shard.allFiles ? 'count (no timing history)' : 'earlier durations'}` +
                `${shard.filesWithoutHistory > 0 && shard.filesWithoutHistory < shard.allFiles ? ` (${shard.filesWithoutHistory} files without history spread by count)` : ''}; ` +
                `history: ${shard.historySource}. Planned seconds per shard: ${shard.plannedMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')}.`,
        });
    }
    if (report.resultFiles.length > 0)
        document.push({ kind: 'paragraph', text: `Result files: ${report.resultFiles.map((file) => `\`${file}\``).join(', ')}` });
    if (report.notes.length > 0)
        document.push({ kind: 'list', items: report.notes });
    return document;
}

;// CONCATENATED MODULE: ./src/actions/testing/outcome.ts









const REPORT_FILE = 'test-report.json';
function decide(outcome, options, counted) {
    if (outcome.problem)
        return outcome.problem;
    if (counted.failed > 0) {
        const testsFailed = counted.failed - counted.fileErrors;
        const parts = [testsFailed > 0 ? `${testsFailed} of ${counted.total - counted.fileErrors} tests failed` : '', counted.fileErrors > 0 ? `${counted.fileErrors} error${counted.fileErrors > 1 ? 's' : ''} outside any test (a file that failed to load, or the runner itself)` : ''];
        return { ok: false, reason: 'failures', message: `${parts.filter((part) => part !== '').join(', ')}.${fileErrorLines(outcome.results)}` };
    }
    if (outcome.countsUnknown === undefined && executedCount(outcome.results) === 0 && !options.allowNoTests) {
        const skipped = counted.skipped > 0 ? ` (${counted.skipped} skipped)` : '';
        return {
            ok: false,
            reason: 'no-tests',
            message: `No test was executed${skipped}${options.noTestsReason ? `: ${options.noTestsReason}` : ''}. A step that tests nothing fails unless 'allow-no-tests' is true.`,
        };
    }
    const coverageProblem = coverageVerdict(outcome.coverage, options.coverageThreshold);
    if (coverageProblem)
        return { ok: false, reason: 'coverage', message: coverageProblem };
    return { ok: true };
}
/**
 * The files that failed as a whole, under the verdict's first line: what went wrong is in the message itself (a
 * module pytest could not collect, a suite jest could not load), not only in the annotations.
 */
function fileErrorLines(results, shown = 3) {
    const lines = results.fileErrors.slice(0, shown).map((error) => `  ${error.message.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 3).join(' ')}`);
    const more = results.fileErrors.length - shown;
    if (more > 0)
        lines.push(`  and ${more} more (the summary's Failures section lists them).`);
    return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}
/** Annotates failures within GitHub's caps, sets outputs, writes the summary; throws the failure for the error boundary. */
async function finish(io, outcome, options) {
    const outputs = named_io_namedIO(io, TEST_NAMES);
    const counted = totals(outcome.results, outcome.durationMs);
    const verdict = decide(outcome, options, counted);
    const findings = testFindings(outcome.results);
    // A failing step's own message is an error annotation too: keep a slot for it (in the one-step pipeline, an
    // earlier stage's failure already took it: the pipeline joins the failures into one message).
    const failureToCome = !verdict.ok && (options.counter?.failures ?? 0) === 0;
    const plan = planAnnotations(findings, undefined, options.counter?.total ?? 0, { inStep: options.counter?.counts, reservedErrors: failureToCome ? 1 : 0 });
    annotate(io, plan.annotated);
    // A crash, or a script whose results cannot be read, has no totals: empty outputs, never "0 failed".
    const crashed = (!verdict.ok && verdict.reason === 'crash' && counted.total === 0) || outcome.countsUnknown !== undefined;
    outputs.setOutput('passed', crashed ? '' : String(counted.passed));
    outputs.setOutput('failed', crashed ? '' : String(counted.failed));
    outputs.setOutput('skipped', crashed ? '' : String(counted.skipped));
    outputs.setOutput('total', crashed ? '' : String(counted.total));
    outputs.setOutput('runner', outcome.results.runner);
    outputs.setOutput('coverage-percent', outcome.coverage?.lines.percent?.toFixed(2) ?? '');
    outputs.setOutput('branch-coverage-percent', outcome.coverage?.branches.percent?.toFixed(2) ?? '');
    outputs.setOutput('results-file', options.resultsFile ?? '');
    outputs.setOutput('coverage-file', options.coverageFile ?? '');
    const report = {
        title: options.title,
        command: options.command,
        totals: counted,
        failures: [...plan.annotated, ...plan.overflow],
        overflow: plan.overflow,
        slowest: slowestTests(outcome.results.cases),
        coverage: outcome.coverage,
        coverageThreshold: options.coverageThreshold,
        coverageNote: outcome.coverageNote,
        shard: options.shard,
        verdict,
        resultFiles: [options.resultsFile, options.coverageFile].filter((file) => file !== undefined),
        notes: outcome.countsUnknown ? [`The counts are unknown: ${outcome.countsUnknown}. The exit code decided.`, ...options.notes] : options.notes,
        countsUnknown: outcome.countsUnknown !== undefined,
    };
    await io.writeSummary(testSummary(report));
    if (outcome.countsUnknown !== undefined)
        io.info(`Tests: ${verdict.ok ? 'passed' : 'failed'} by the exit code; the counts are unknown (${outcome.results.runner})`);
    else if (!crashed)
        io.info(`Tests: ${totalsLine(counted)} (${outcome.results.runner})`);
    if (!verdict.ok)
        throw new errors/* ConfigurationError */.j1(verdict.message);
    return { verdict, totals: counted, coverage: outcome.coverage, measuredMs: fileDurations(outcome.results) };
}
async function writeShardReport(directory, report) {
    await writeText(external_node_path_default().join(directory, REPORT_FILE), JSON.stringify(report));
}

;// CONCATENATED MODULE: ./src/actions/testing/timings-cache.ts





/**
 * Where the timings file lives while it is restored or saved: the same absolute path in every job of a repository.
 * The cache holds its folder (both cache stores archive folders).
 */
function timingsPath(context, prefix) {
    return external_node_path_default().join(context.workspace, '.build-actions-test-timings', prefix.replace(/-$/, ''), 'timings.json');
}
const TIMINGS_ROOT = (context) => external_node_path_default().join(context.workspace, '.build-actions-test-timings');
/**
 * The run this step belongs to: shards of one run plan from the same history, re-run attempts included (re-running
 * the failed shards must run the same files). Keys add the attempt, so a re-run can save what it measured.
 */
function runIdentity(context, now) {
    const id = context.env.GITHUB_RUN_ID;
    if (!id)
        return { run: `local-${now}`, keyPart: `local-${now}` };
    return { run: id, keyPart: `${id}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}` };
}
/** Restores the newest timings under `prefix`. A cache fault only loses the history: the split falls back to counts. */
async function restoreTimings(io, cache, context, enabled, prefix, run) {
    const permissions = cachePermissions(context, enabled);
    if (!permissions.restore)
        return { history: {}, source: `not restored (${permissions.reason ?? 'cache off'})` };
    const file = timingsPath(context, prefix);
    await removePath(TIMINGS_ROOT(context));
    try {
        // An entry of this very run first (a sibling shard's, or an earlier attempt's): it holds the history this run
        // planned from, even when another run saved newer timings since. Else the newest of any run.
        const restored = await cache.restore([external_node_path_default().dirname(file)], `${prefix}${run}-`, [prefix]);
        if (restored.outcome === 'error') {
            io.warning(`Restoring test timings from the cache failed (${restored.message ?? 'unknown fault'}); splitting by file count.`);
            return { history: {}, source: `the cache failed (${restored.message ?? 'unknown fault'})` };
        }
        if (restored.outcome === 'miss')
            return { history: {}, source: 'none yet (no cache entry)' };
        const parsed = parseTimingsFile(await readTextIfExists(file));
        if (parsed === undefined)
            return { history: {}, source: `entry ${restored.matchedKey ?? prefix} was unreadable` };
        const sameRun = parsed.run === run;
        return {
            file: parsed,
            history: planningHistory(parsed, run),
            source: `${restored.matchedKey ?? prefix}${sameRun ? ' (saved by a shard of this run: its planned history is used, so the split matches)' : ''}`,
        };
    }
    finally {
        await removePath(TIMINGS_ROOT(context));
    }
}
/** Saves restored timings with this step's measurements on top, under a key unique to this run and `label`. */
async function saveTimings(io, cache, context, enabled, prefix, identity, label, restored, measured) {
    const permissions = cachePermissions(context, enabled);
    if (!permissions.save)
        return `Timings not saved: ${permissions.reason ?? 'cache off'}.`;
    if (Object.keys(measured).length === 0)
        return 'Timings not saved: no test file was timed.';
    const file = timingsPath(context, prefix);
    const key = timingsKey(prefix, identity.keyPart, label);
    let saved;
    try {
        await writeText(file, JSON.stringify(nextTimings(restored, identity.run, measured)));
        saved = await cache.save([external_node_path_default().dirname(file)], key);
    }
    finally {
        await removePath(TIMINGS_ROOT(context));
    }
    if (saved.outcome === 'error') {
        io.warning(`Saving test timings to the cache failed (${saved.message ?? 'unknown fault'}); the next split uses older timings.`);
        return `Timings not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
    }
    return saved.outcome === 'exists' ? `Timings: an entry ${key} already exists.` : `Timings of ${Object.keys(measured).length} files saved as ${key}.`;
}

;// CONCATENATED MODULE: ./src/actions/testing/merge.ts












/** Which shards of `i/n` are missing from the reports found. */
function missingShards(labels) {
    const specs = labels.flatMap((label) => (label ? [parseShard(label)] : []));
    const total = Math.max(0, ...specs.map((spec) => spec.total));
    const present = new Set(specs.map((spec) => spec.index));
    return Array.from({ length: total }, (_, index) => index + 1).filter((index) => !present.has(index)).map((index) => `${index}/${total}`);
}
/** Files the shards split among them that no shard ran, and files more than one ran (shards that planned apart). */
function unevenSplit(plans) {
    const known = plans.filter((plan) => plan !== undefined);
    const all = new Set(known.flatMap((plan) => plan.allFiles));
    const runs = new Map();
    for (const plan of known)
        for (const file of plan.files)
            runs.set(file, (runs.get(file) ?? 0) + 1);
    return {
        missing: [...all].filter((file) => !runs.has(file)).sort(),
        duplicated: [...runs.entries()].filter(([, count]) => count > 1).map(([file]) => file).sort(),
    };
}
/** `merge-shards: true`: the shards' results and coverage from `results-directory` (at any depth) into one summary. */
async function mergeShards(deps, inputs) {
    const { io, context } = deps;
    const repositoryRoot = external_node_path_default().resolve(context.workspace);
    const directory = external_node_path_default().resolve(context.workspace, inputs.resultsDirectory);
    const output = external_node_path_default().join(directory, 'merged');
    const relative = (file) => external_node_path_default().relative(repositoryRoot, file).split((external_node_path_default()).sep).join('/');
    const found = (await findNamed(directory, REPORT_FILE)).filter((file) => !file.startsWith('merged/'));
    if (found.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No shard results in ${directory}: looked for ${REPORT_FILE} files at any depth. Upload each shard's 'results-directory' as an artifact ` +
            `and download them all into '${inputs.resultsDirectory}' before this step.`);
    }
    const reports = [];
    for (const file of found) {
        const text = await readTextIfExists(external_node_path_default().join(directory, file));
        try {
            const parsed = JSON.parse(text ?? '');
            if (parsed.schema !== 1 || !Array.isArray(parsed.results?.cases))
                throw new Error('not a test report of this action');
            reports.push(parsed);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${external_node_path_default().join(directory, file)} is not a readable shard report (${error.message}).`);
        }
    }
    reports.sort((a, b) => (a.shard ?? '').localeCompare(b.shard ?? '', undefined, { numeric: true }));
    const runner = reports[0].runner;
    const results = mergeResults(runner, reports.map((report) => report.results));
    const withCoverage = reports.filter((report) => report.coverage !== undefined);
    const coverage = withCoverage.length > 0 ? mergeCoverage(withCoverage.map((report) => report.coverage)) : undefined;
    await writeText(external_node_path_default().join(output, 'junit.xml'), writeJunit(results));
    if (coverage)
        await writeText(external_node_path_default().join(output, 'lcov.info'), writeLcov(coverage));
    const durationMs = Math.max(...reports.map((report) => report.durationMs));
    await writeText(external_node_path_default().join(output, REPORT_FILE), JSON.stringify({ schema: 1, runner, results, coverage, durationMs }));
    const notes = [
        `Merged ${reports.length} shard reports (${reports.map((report) => report.shard ?? 'unsharded').join(', ')}); duration is the longest shard's, ` +
            `${(reports.reduce((sum, report) => sum + report.durationMs, 0) / 1000).toFixed(1)} s in all.`,
    ];
    if (withCoverage.length > 0 && withCoverage.length < reports.length)
        notes.push(`Only ${withCoverage.length} of ${reports.length} shards measured coverage.`);
    const missing = missingShards(reports.map((report) => report.shard));
    const split = unevenSplit(reports.map((report) => report.plan));
    if (split.duplicated.length > 0)
        notes.push(`Run by more than one shard (the shards planned from different timings): ${split.duplicated.join(', ')}.`);
    const workingDirectory = external_node_path_default().resolve(context.workspace, inputs.workingDirectory);
    const prefix = timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath: relative(workingDirectory) || '.', runner, cacheVersion: inputs.cacheVersion });
    const identity = runIdentity(context, deps.now());
    const restored = await restoreTimings(io, deps.cache, context, inputs.cache, prefix, identity.run);
    notes.push(await saveTimings(io, deps.cache, context, inputs.cache, prefix, identity, 'merged', restored.file, fileDurations(results)));
    const outcome = {
        results,
        durationMs,
        coverage: coverage ? summarizeCoverage(coverage) : undefined,
        coverageNote: 'No shard measured coverage.',
        problem: missing.length > 0
            ? { ok: false, reason: 'crash', message: `The results of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} are missing in ${directory}: those tests were not counted.` }
            : split.missing.length > 0
                ? {
                    ok: false,
                    reason: 'crash',
                    message: `${split.missing.length} test file${split.missing.length > 1 ? 's' : ''} ran in no shard (the shards planned from different timings, e.g. a concurrent run saved newer ones): ${split.missing.join(', ')}. Re-run the workflow, or keep one run at a time with a concurrency group.`,
                }
                : undefined,
    };
    return finish(io, outcome, {
        title: `Tests: ${runner}, ${reports.length} shards merged`,
        allowNoTests: inputs.allowNoTests,
        coverageThreshold: inputs.coverageThreshold,
        resultsFile: (0,output_folders/* shownPath */.pS)(repositoryRoot, external_node_path_default().join(output, 'junit.xml')),
        coverageFile: coverage ? (0,output_folders/* shownPath */.pS)(repositoryRoot, external_node_path_default().join(output, 'lcov.info')) : undefined,
        notes,
    });
}

;// CONCATENATED MODULE: ./src/actions/testing/run-verdict.ts




/**
 * What a finished test run came to, by one rule in this order: stopped at its deadline (a timeout, with the slowest
 * test seen); a script whose results cannot be read (its exit code is the verdict); no results file (a crash);
 * otherwise the results, where a non-zero exit with no failing test is a problem of its own (but pytest's
 * "no tests collected").
 */
function judgeRun(run) {
    const { commandText, plan, project, result, results, unreadable, durationMs, coverage, coverageOn, timeoutMinutes } = run;
    const tail = outputTail(result.stdout, result.stderr);
    const coverageNote = coverageOn ? (plan.coverageUnavailable ?? 'The runner wrote no coverage report.') : "Coverage is off (input 'coverage' is false).";
    if (result.timedOut) {
        const slowest = slowestTests(results?.cases ?? [], 1)[0];
        const seen = slowest === undefined ? '' : ` The slowest part seen: ${slowest.name}${slowest.file ? ` (${slowest.file})` : ''}, ${(slowest.durationMs / 1000).toFixed(1)} s.`;
        const message = `'${commandText}' did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started.${seen} Its last lines:\n${tail}`;
        return { results: results ?? { runner: project.runner, cases: [], fileErrors: [] }, durationMs, problem: { ok: false, reason: 'timeout', message } };
    }
    else if (results === undefined && plan.countsMayBeUnknown !== undefined) {
        // A script the action cannot read results from: its exit code is the verdict, and the counts are unknown.
        return {
            results: { runner: project.runner, cases: [], fileErrors: [] },
            durationMs,
            countsUnknown: plan.countsMayBeUnknown,
            coverageNote,
            problem: result.exitCode === 0
                ? undefined
                : { ok: false, reason: 'exit-code', message: `'${commandText}' exited with code ${result.exitCode}; how many tests failed is unknown (${plan.countsMayBeUnknown}). Its last lines:\n${tail}` },
        };
    }
    else if (results === undefined) {
        const why = unreadable ? `its results file could not be read (${unreadable})` : 'it wrote no results file';
        return {
            results: { runner: project.runner, cases: [], fileErrors: [] },
            durationMs,
            problem: { ok: false, reason: 'crash', message: `${project.runner} crashed: '${commandText}' exited with code ${result.exitCode} and ${why}. Its last lines:\n${tail}` },
        };
    }
    else {
        const anyFailure = results.cases.some((test) => test.status === 'failed') || results.fileErrors.length > 0;
        const pytestNoTests = collectedNoTests(project.runner, result.exitCode);
        const problem = result.exitCode !== 0 && !anyFailure && !pytestNoTests
            ? { ok: false, reason: 'exit-code', message: `'${commandText}' exited with code ${result.exitCode} although no test failed. Its last lines:\n${tail}` }
            : undefined;
        return {
            results,
            durationMs,
            coverage: coverage ? summarizeCoverage(coverage) : undefined,
            coverageNote,
            problem,
        };
    }
}

;// CONCATENATED MODULE: ./src/actions/testing/main.ts























/** Everything this action writes into 'results-directory' (and nothing else there is touched). */
const RESULT_NAMES = ['junit.xml', 'node-junit', 'jest-results.json', 'coverage', 'lcov.info', 'coverage.xml', '.coverage', 'test-report.json'];
const main_SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py)$/;
const main_PYTHON_PROBE = "import importlib.util, json; print(json.dumps({m: importlib.util.find_spec(m) is not None for m in ['pytest', 'pytest_cov', 'xdist']}))";
/** The project's interpreter: its .venv first (as setup-deps leaves it), then an activated venv, then python3 on PATH. */
async function probePython(deps, directory) {
    const candidates = pythonCandidates(directory, deps.context.env);
    for (const executable of candidates) {
        const probe = await deps.run(executable, ['-c', main_PYTHON_PROBE], { cwd: directory, silent: true });
        if (probe.notFound || probe.exitCode !== 0)
            continue;
        const found = JSON.parse(probe.stdout.trim().split(/\r?\n/).pop() ?? '{}');
        if (!found.pytest) {
            throw new errors/* ConfigurationError */.j1(`pytest is not installed for ${executable}: add pytest to the project's test dependencies (requirements-dev.txt or Poetry's dev group) and install them first (setup-deps).`);
        }
        return { executable, hasCov: found.pytest_cov === true, hasXdist: found.xdist === true };
    }
    throw new errors/* ConfigurationError */.j1(`No Python interpreter found to run pytest in ${directory}: looked for ${PYTHON_CANDIDATES_TEXT}.`);
}
async function listTestFiles(deps, project, directory, python) {
    const command = listCommand(project, python);
    if (command === undefined) {
        if (project.runner === 'node')
            return walkFiles(directory, isNodeTestFile);
        throw new errors/* ConfigurationError */.j1(`Sharding needs the list of test files, and ${project.runner} cannot list them here: shard with jest, node --test or pytest.`);
    }
    const listed = await deps.run(command.command, command.args, { cwd: directory, silent: true });
    if (listed.exitCode !== 0 && !collectedNoTests(project.runner, listed.exitCode)) {
        throw new errors/* ConfigurationError */.j1(`Listing the test files with '${[command.command, ...command.args].join(' ')}' failed (exit code ${listed.exitCode}):\n${outputTail(listed.stdout, listed.stderr)}`);
    }
    return parseListedFiles(listed.stdout, project, directory);
}
async function readResults(plan, project, base) {
    if (plan.files.nodeJunitDirectory !== undefined) {
        // One file per runner process (a wrapper may start several): all of them, merged.
        const texts = (await readTextFiles(plan.files.nodeJunitDirectory, '.xml')).filter((text) => text.trim() !== '');
        if (texts.length === 0)
            return undefined;
        return mergeResults(project.runner, texts.map((xml) => parseJunit(xml, { ...base, runner: 'node' })));
    }
    if (plan.files.jestJson !== undefined) {
        const text = await readTextIfExists(plan.files.jestJson);
        if (text === undefined || text.trim() === '')
            return undefined;
        return parseJestJson(text, base);
    }
    const xml = await readTextIfExists(plan.files.junit);
    if (xml === undefined || xml.trim() === '')
        return undefined;
    return parseJunit(xml, { ...base, runner: project.runner, zeroBasedLines: project.runner === 'pytest' });
}
/** The run's results with every annotation on a file of the repository, relative to its root (a vitest workspace reports paths from each package); or why they could not be read. */
async function readPlacedResults(plan, project, base) {
    try {
        const results = await readResults(plan, project, base);
        if (results === undefined)
            return {};
        const existing = (await walkFiles(base.projectDirectory, (file) => main_SOURCE_FILE.test(file))).map((file) => results_repositoryPath(file, base));
        return { results: placeOnExistingFiles(results, existing, results_repositoryPath('.', base)) };
    }
    catch (error) {
        return { unreadable: error.message };
    }
}
async function readCoverage(plan, base) {
    if (plan.files.lcov !== undefined) {
        const text = await readTextIfExists(plan.files.lcov);
        if (text !== undefined)
            return parseLcov(text, base);
    }
    if (plan.files.cobertura !== undefined) {
        const text = await readTextIfExists(plan.files.cobertura);
        if (text !== undefined)
            return parseCobertura(text, base);
    }
    return undefined;
}
async function testing_main_main(given, options = {}) {
    const counter = options.counter ?? new AnnotationCounter();
    const deps = options.counter ? given : { ...given, io: counter.wrap(given.io) };
    const inputs = readTestInputs((name) => deps.io.getInput(name));
    return inputs.mergeShards ? mergeShards(deps, inputs) : runTests(deps, inputs, counter);
}
/** This shard's files, balanced on the earlier runs' durations (restored from the cache) over the project's test files. */
async function planShard(deps, inputs, spec, where) {
    const { io, context } = deps;
    const { projectDirectory: directory, repositoryRoot } = where.base;
    return io.group(`Plan shard ${spec.index}/${spec.total}`, async () => {
        const all = await listTestFiles(deps, where.project, directory, where.python);
        const restored = await restoreTimings(io, deps.cache, context, inputs.cache, where.prefix, where.run);
        // History is kept by repository path; the runner takes paths relative to the project.
        const history = Object.fromEntries(Object.entries(restored.history).map(([file, ms]) => [external_node_path_default().relative(directory, external_node_path_default().join(repositoryRoot, file)).split((external_node_path_default()).sep).join('/'), ms]));
        const plan = planShards(all, history, spec.total);
        const mine = plan.shards[spec.index - 1].map((assignment) => assignment.file);
        io.info(`Shard ${spec.index}/${spec.total}: ${mine.length} of ${all.length} test files (history: ${restored.source})`);
        const toRepository = (file) => results_repositoryPath(file, where.base);
        const shard = { spec, files: mine, allFiles: all.length, plannedMs: plan.loadsMs, filesWithoutHistory: plan.filesWithoutHistory, historySource: restored.source };
        return { shard, restored, shardPlan: { files: mine.map(toRepository), allFiles: all.map(toRepository) } };
    });
}
async function runTests(deps, inputs, counter) {
    const { io, context } = deps;
    const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give a folder relative to the repository root.');
    const repositoryRoot = external_node_path_default().resolve(context.workspace);
    const base = { projectDirectory: directory, repositoryRoot };
    // In the workspace, or in the run's temporary folder (the local command's default: nothing written into the project).
    const resultsDirectory = (0,output_folders/* resolveOutputPath */.NK)({ workspace: context.workspace, temp: context.tempDirectory }, 'results-directory', inputs.resultsDirectory);
    const { project, python } = await io.group('Detect the test runner', async () => {
        const project = detectTestProject(await readProjectSnapshot(directory), inputs.coverage, inputs.testScript);
        const python = project.language === 'python' ? await probePython(deps, directory) : undefined;
        io.info(`${directory}: ${project.runner} (${project.reason})${python ? ` with ${python.executable}${python.hasCov ? ', pytest-cov' : ''}${python.hasXdist ? ', pytest-xdist' : ''}` : ''}`);
        return { project, python };
    });
    await clearResultFiles(resultsDirectory, RESULT_NAMES);
    const notes = [`Runner: ${project.runner}, from ${project.reason}${python ? `; interpreter ${python.executable}${python.hasXdist ? ' with pytest-xdist (-n auto)' : ''}` : ''}.`];
    const identity = runIdentity(context, deps.now());
    const prefix = timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath: results_repositoryPath('.', base) || '.', runner: project.runner, cacheVersion: inputs.cacheVersion });
    const shardLabel = inputs.shard ? `${inputs.shard.index}/${inputs.shard.total}` : undefined;
    const { shard, restored, shardPlan } = inputs.shard === undefined ? {} : await planShard(deps, inputs, inputs.shard, { project, base, python, prefix, run: identity.run });
    const files = shard?.files;
    const nodeReporter = await writeNodeTestReporter(context.env.RUNNER_TEMP || external_node_os_default().tmpdir());
    const plan = testCommand(project, {
        coverage: inputs.coverage,
        extraArgs: inputs.args,
        files,
        resultsDirectory,
        nodeReporter,
        python,
        pythonCoverage: python && inputs.coverage ? await pythonCoverageFacts(directory) : undefined,
        nodeOptions: context.env.NODE_OPTIONS,
        vitestCoverageProvider: project.runner === 'vitest' && inputs.coverage
            ? (await isPackageInstalled(directory, '@vitest/coverage-v8', repositoryRoot)) || (await isPackageInstalled(directory, '@vitest/coverage-istanbul', repositoryRoot))
            : undefined,
    });
    const commandText = [plan.command, ...plan.args].join(' ');
    const started = deps.now();
    let outcome;
    if (files !== undefined && files.length === 0) {
        outcome = { results: { runner: project.runner, cases: [], fileErrors: [] }, durationMs: 0 };
        // The merge job must see that this shard ran, with nothing to run.
        await writeShardReport(resultsDirectory, { schema: 1, runner: project.runner, shard: shardLabel, results: outcome.results, durationMs: 0, plan: shardPlan });
    }
    else {
        const result = await io.group(`Run the tests: ${commandText}`, () => withoutWorkflowCommands(io, context.env.GITHUB_ACTIONS === 'true', () => deps.run(plan.command, plan.args, { cwd: directory, env: plan.env, timeoutMs: inputs.timeoutMinutes * 60_000 })));
        const durationMs = deps.now() - started;
        const { results, unreadable } = await readPlacedResults(plan, project, base);
        const readable = !result.timedOut && results !== undefined ? results : undefined;
        const coverage = readable ? await readCoverage(plan, base) : undefined;
        outcome = judgeRun({ commandText, plan, project, result, results, unreadable, durationMs, coverage, coverageOn: inputs.coverage, timeoutMinutes: inputs.timeoutMinutes });
        if (readable) {
            // jest's JSON and node's per-process files: one JUnit file for the 'results-file' output.
            if (project.runner === 'jest' || plan.files.nodeJunitDirectory !== undefined)
                await writeText(plan.files.junit, writeJunit(readable));
            await writeShardReport(resultsDirectory, { schema: 1, runner: project.runner, shard: shardLabel, results: readable, coverage, durationMs, plan: shardPlan });
        }
        if (inputs.shard !== undefined && outcome.problem?.reason !== 'crash') {
            const measured = fileDurations(outcome.results);
            notes.push(await saveTimings(io, deps.cache, context, inputs.cache, prefix, identity, `shard-${inputs.shard.index}of${inputs.shard.total}`, restored?.file, measured));
        }
    }
    // coverageUnavailable is the Coverage section's text (coverageNote): said there once, not again in the notes.
    if (plan.coverageUnavailable && inputs.coverage && outcome.coverageNote === undefined)
        notes.push(plan.coverageUnavailable);
    if (plan.coverageSource && inputs.coverage)
        notes.push(`Coverage measures ${plan.coverageSource}.`);
    const coverageFile = outcome.coverage ? (plan.files.lcov ?? plan.files.cobertura) : undefined;
    return finish(io, outcome, {
        title: `Tests: ${project.runner} in ${results_repositoryPath('.', base) || '.'}${shard ? `, shard ${shard.spec.index}/${shard.spec.total}` : ''}`,
        command: commandText,
        allowNoTests: inputs.allowNoTests,
        coverageThreshold: inputs.coverageThreshold,
        shard,
        resultsFile: outcome.results.cases.length > 0 || outcome.results.fileErrors.length > 0 ? (0,output_folders/* shownPath */.pS)(repositoryRoot, plan.files.junit) : undefined,
        coverageFile: coverageFile ? (0,output_folders/* shownPath */.pS)(repositoryRoot, coverageFile) : undefined,
        notes,
        noTestsReason: shard && shard.files.length === 0 ? `shard ${shard.spec.index}/${shard.spec.total} got no test files (${shard.allFiles} files for ${shard.spec.total} shards)` : undefined,
        counter,
    });
}

;// CONCATENATED MODULE: ./src/core/build/sizes.ts

/**
 * Sizes and size budgets. `max-size` takes a number with a unit: decimal KB/MB/GB (1000s, as npm and PyPI
 * print them) or binary KiB/MiB/GiB (1024s); a bare number or `B` is bytes. `max-size-increase` is a percent.
 */
const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
function parseSize(name, raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const match = /^(\d+(?:\.\d+)?)[ \t]*([a-z]*)$/i.exec(value);
    const unit = match ? UNITS[(match[2] || 'b').toLowerCase()] : undefined;
    if (!match || unit === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a size such as 5MB, 800KB or 1.5GiB (units B, KB, MB, GB, KiB, MiB, GiB; got '${shorten(value)}').`);
    }
    return Math.round(Number(match[1]) * unit);
}
function parsePercent(name, raw, defaultValue) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const match = /^(\d+(?:\.\d+)?)[ \t]*%?$/.exec(value);
    if (!match)
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a percent such as 25% (got '${shorten(value)}').`);
    return Number(match[1]);
}
/** Long or multi-line values are cut for messages: the point is to name them, not to print 10 kB back. */
function shorten(value, limit = 60) {
    const oneLine = value.replace(/\r?\n/g, '\\n');
    return oneLine.length > limit ? `${oneLine.slice(0, limit)}… (${value.length} characters)` : oneLine;
}
function judgeSize(file, size, previous, budget) {
    const problems = [];
    if (size === 0)
        problems.push({ level: 'error', message: `${file} is empty (0 bytes).` });
    if (budget.maxSize !== undefined && size > budget.maxSize) {
        problems.push({ level: 'error', message: `${file} is ${formatSize(size)}, over 'max-size' (${formatSize(budget.maxSize)}).` });
    }
    if (previous === undefined)
        return { problems };
    const delta = size - previous;
    const deltaPercent = previous === 0 ? (size === 0 ? 0 : Infinity) : (delta / previous) * 100;
    if (deltaPercent > budget.maxIncreasePercent) {
        problems.push({
            level: budget.failOnSize ? 'error' : 'warning',
            message: `${file} grew from ${formatSize(previous)} to ${formatSize(size)} (${formatDelta(delta, deltaPercent)}) since the last build of the default branch, over 'max-size-increase' (${budget.maxIncreasePercent}%).`,
        });
    }
    return { delta, deltaPercent, problems };
}
/** Decimal units, as npm and PyPI print sizes. */
function formatSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
function formatDelta(delta, percent) {
    const sign = delta >= 0 ? '+' : '-';
    const pct = Number.isFinite(percent) ? `${sign}${Math.abs(percent).toFixed(1)}%` : 'new';
    return `${sign}${formatSize(Math.abs(delta))}, ${pct}`;
}

;// CONCATENATED MODULE: ./src/core/build/cache-key.ts


/** Bumped when what a build-output entry holds, or how it is laid out, changes. */
const BUILD_CACHE_SCHEMA = 1;
function isExcluded(file, excluded) {
    const segments = file.split('/');
    if (segments.includes('node_modules') || segments.includes('.venv') || segments.includes('__pycache__'))
        return true;
    return excluded.some((folder) => folder !== '' && folder !== '.' && (file === folder || file.startsWith(`${folder.replace(/\/$/, '')}/`)));
}
/** The tracked files that feed the key: everything git tracks in the project, but the outputs and installed trees. */
function keyedFiles(parts) {
    return parts.trackedFiles.filter((file) => !isExcluded(file.path, parts.excluded));
}
function buildCacheKey(parts) {
    const files = keyedFiles(parts);
    const digest = (0,hashing/* digestParts */.z)([
        { name: 'schema', content: String(BUILD_CACHE_SCHEMA) },
        { name: 'sources', content: files.map((file) => `${file.blob} ${file.path}`).sort().join('\n') },
        ...[...parts.lockfiles].map(([name, text]) => ({ name: `lockfile:${name}`, content: text })),
        { name: 'tools', content: Object.entries(parts.tools).sort(([a], [b]) => a.localeCompare(b)).map(([name, version]) => `${name}=${version}`).join('\n') },
        { name: 'recipe', content: parts.recipe },
        { name: 'project', content: parts.projectPath },
    ]);
    return `build-outputs-v${BUILD_CACHE_SCHEMA}-${cacheVersionSegment(parts.cacheVersion)}${parts.os}-${parts.arch}-${digest.slice(0, 40)}`;
}
/** The prefix of the size-history entries of one project (the newest is restored); `cacheVersion` is the input. */
function sizeHistoryPrefix(os, projectPath, cacheVersion) {
    return `build-sizes-v${BUILD_CACHE_SCHEMA}-${cacheVersionSegment(cacheVersion)}${os}-${(0,hashing/* digestParts */.z)([{ name: 'project', content: projectPath }]).slice(0, 16)}-`;
}
/** `git ls-files -s -z` output: `mode blob stage\tpath` records separated by NUL. */
function parseLsFiles(output) {
    return output
        .split('\0')
        .filter((record) => record !== '')
        .map((record) => {
        const tab = record.indexOf('\t');
        const [mode, blob] = record.slice(0, tab).split(' ');
        return { path: record.slice(tab + 1), blob: `${mode}:${blob}` };
    });
}
/** `my-lib-1.2.3.tgz` and `my_lib-1.2.4-py3-none-any.whl` keep their place across versions: the version is taken out. */
function stableArtifactName(file, version) {
    const base = file.split('/').pop() ?? file;
    if (version === undefined || version === '')
        return base;
    const variants = new Set([version, version.replace(/-/g, '_'), version.replace(/^v/, '')]);
    let name = base;
    for (const variant of variants)
        name = name.split(variant).join('{version}');
    return name;
}
function parseSizeHistory(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed.schema !== BUILD_CACHE_SCHEMA || typeof parsed.sizes !== 'object' || parsed.sizes === null)
            return undefined;
        return parsed;
    }
    catch {
        return undefined;
    }
}
/** The default branch is the one whose builds the size history follows. */
function isDefaultBranch(ref, payload) {
    const repository = payload?.repository;
    const branch = typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
    if (ref === undefined)
        return false;
    return branch !== undefined ? ref === `refs/heads/${branch}` : ref === 'refs/heads/main' || ref === 'refs/heads/master';
}

;// CONCATENATED MODULE: ./src/core/build/contents.ts
const TEMPLATE_SUFFIX = /\.(example|sample|template|dist|defaults)$/i;
/** Files that must never ship in any package, whatever the project says. */
function secretFileReason(member) {
    const name = member.split('/').pop() ?? member;
    if (/^\.env($|\.)/i.test(name) && !TEMPLATE_SUFFIX.test(name))
        return 'an environment file (.env*) may hold secrets';
    if (/\.(pem|key|p12|pfx|jks|keystore)$/i.test(name) || /^id_(rsa|dsa|ecdsa|ed25519)$/.test(name))
        return 'a private key or key store';
    if (/^\.(pypirc|netrc|git-credentials)$/.test(name))
        return 'a credentials file';
    return undefined;
}
/** True when an .npmrc's text carries a credential (`_authToken`, `_auth`, `_password`). */
function npmrcHasToken(text) {
    return /(^|\n)\s*[^#;\n]*(_authToken|_auth|_password)\s*=\s*\S/.test(text);
}
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', '__mocks__', 'spec', '__snapshots__']);
const COVERAGE_FOLDERS = new Set(['coverage', '.nyc_output']);
function namedByFiles(files, test) {
    return (files ?? []).some((pattern) => test.test(pattern));
}
function npmTarballProblems(context) {
    const problems = [];
    const inside = context.members.map((member) => member.replace(/^[^/]+\//, ''));
    if (!inside.includes('package.json'))
        problems.push({ level: 'error', message: 'the tarball has no package.json' });
    const shipsTests = namedByFiles(context.files, /(^|\/)(test|tests|__tests__|spec)(\/|$)/);
    const shipsMaps = namedByFiles(context.files, /\.map\b/);
    const reported = new Set();
    const report = (key, message, level = 'error') => {
        if (reported.has(key))
            return;
        reported.add(key);
        problems.push({ level, message });
    };
    context.members.forEach((member, index) => {
        const file = inside[index];
        const secret = secretFileReason(file);
        if (secret)
            report(file, `${file} must not ship: ${secret}. Add it to .npmignore or leave it out of 'files'.`);
        if (/(^|\/)\.npmrc$/.test(file) && npmrcHasToken(context.npmrcTexts.get(member) ?? '')) {
            report(file, `${file} must not ship: it holds a registry token. Add .npmrc to .npmignore.`);
        }
        const segments = file.split('/').slice(0, -1);
        const testFolder = segments.find((segment) => TEST_FOLDERS.has(segment));
        if (testFolder && !shipsTests) {
            const folder = segments.slice(0, segments.indexOf(testFolder) + 1).join('/');
            report(`${folder}/`, `${folder}/ (a test folder) is in the tarball: list what ships in package.json 'files' or add ${folder}/ to .npmignore.`);
        }
        const coverage = segments.find((segment) => COVERAGE_FOLDERS.has(segment));
        if (coverage)
            report(`${coverage}/`, `${coverage}/ (coverage output) is in the tarball: add it to .npmignore or list what ships in 'files'.`);
        if (/\.map$/.test(file) && !shipsMaps) {
            // A warning, not a failure: many public libraries ship maps on purpose under a plain 'files: ["dist"]'.
            report('*.map', `source maps (${file}…) are in the tarball: leave them out, or name them in package.json 'files' (e.g. "dist/**/*.map") to ship them on purpose.`, 'warning');
        }
    });
    return problems;
}
function wheelProblems(context) {
    const problems = [];
    const distInfo = context.members.filter((member) => /^[^/]+\.dist-info\//.test(member));
    for (const required of ['METADATA', 'RECORD', 'WHEEL']) {
        if (!distInfo.some((member) => member.endsWith(`.dist-info/${required}`))) {
            problems.push({ level: 'error', message: `the wheel has no .dist-info/${required}` });
        }
    }
    const topLevel = new Set(context.members.filter((member) => !/^[^/]+\.(dist-info|data)\//.test(member)).map((member) => member.split('/')[0]));
    if (topLevel.size === 0)
        problems.push({ level: 'error', message: 'the wheel holds no package or module: only metadata (check the packages your build backend finds)' });
    const seen = new Set();
    for (const member of context.members) {
        const secret = secretFileReason(member);
        if (secret)
            problems.push({ level: 'error', message: `${member} must not ship: ${secret}.` });
        if ((/(^|\/)__pycache__\//.test(member) || /\.py[co]$/.test(member)) && !seen.has('pycache')) {
            seen.add('pycache');
            problems.push({ level: 'error', message: `compiled bytecode (${member}) is in the wheel: build from a clean tree and exclude __pycache__.` });
        }
    }
    for (const name of ['tests', 'test']) {
        if (topLevel.has(name) && !(context.shippedOnPurpose ?? []).includes(name)) {
            problems.push({ level: 'error', message: `a top-level '${name}' package is in the wheel: it would be installed as site-packages/${name}. Exclude it from the packages your backend finds.` });
        }
    }
    return problems;
}
function sdistProblems(members) {
    const problems = [];
    const inside = members.map((member) => member.replace(/^[^/]+\/?/, '')).filter((member) => member !== '');
    if (!inside.includes('PKG-INFO'))
        problems.push({ level: 'error', message: 'the sdist has no PKG-INFO' });
    if (!inside.includes('pyproject.toml') && !inside.includes('setup.py'))
        problems.push({ level: 'error', message: 'the sdist has neither pyproject.toml nor setup.py: it cannot be built again' });
    for (const member of inside) {
        const secret = secretFileReason(member);
        if (secret)
            problems.push({ level: 'error', message: `${member} must not ship: ${secret}.` });
    }
    return problems;
}
/** `Name: value` headers of METADATA / PKG-INFO, the first value of each, named as the file spells them (the body is left out). */
function parseCoreMetadata(text) {
    const { headers, spellings } = parseCoreMetadataFull(text);
    return Object.fromEntries([...headers].map(([name, values]) => [spellings.get(name) ?? name, values[0]]));
}
/** METADATA / PKG-INFO in full: folded continuation lines joined, repeated headers kept, the body kept. */
function parseCoreMetadataFull(text) {
    const headers = new Map();
    const spellings = new Map();
    const lines = text.split(/\r?\n/);
    let index = 0;
    let last;
    for (; index < lines.length; index += 1) {
        const line = lines[index];
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last) {
            // As twine reads it (pkginfo): a folded Description keeps its lines (less the 8-space or `       |` indent),
            // any other header is one line.
            const end = last.values.length - 1;
            last.values[end] += last.name === 'description' ? `\n${line.replace(/^ {7}\||^ {8}|^\t/, '')}` : ` ${line.trim()}`;
            continue;
        }
        const match = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
        if (!match)
            continue;
        const name = match[1].toLowerCase();
        if (!spellings.has(name))
            spellings.set(name, match[1]);
        const values = headers.get(name) ?? [];
        values.push(match[2].trim());
        headers.set(name, values);
        last = { name, values };
    }
    return { headers, spellings, body: lines.slice(index + 1).join('\n') };
}
/**
 * What package.json says the build leaves behind: `main`, `module`, `types`/`typings`, every `bin` and the
 * files `exports` names (patterns with `*` are skipped: they name no one file).
 */
function declaredOutputs(packageJson) {
    const outputs = [];
    const add = (field, value) => {
        if (typeof value === 'string' && value !== '' && !value.includes('*'))
            outputs.push({ field, file: value.replace(/^\.\//, '') });
    };
    for (const field of ['main', 'module', 'types', 'typings'])
        add(field, packageJson[field]);
    const bin = packageJson.bin;
    if (typeof bin === 'string')
        add('bin', bin);
    else if (bin && typeof bin === 'object')
        for (const [name, file] of Object.entries(bin))
            add(`bin.${name}`, file);
    const walk = (field, value) => {
        if (typeof value === 'string')
            add(field, value);
        else if (Array.isArray(value))
            value.forEach((item, index) => walk(`${field}[${index}]`, item));
        else if (value && typeof value === 'object')
            for (const [key, item] of Object.entries(value))
                walk(`${field}[${JSON.stringify(key)}]`, item);
    };
    walk('exports', packageJson.exports);
    const seen = new Set();
    return outputs.filter((output) => (seen.has(`${output.field}\0${output.file}`) ? false : (seen.add(`${output.field}\0${output.file}`), true)));
}

;// CONCATENATED MODULE: ./src/core/build/publishing.ts
/**
 * Publishing the verified packages (`publish: npm|pypi`): when a run may publish, where each package goes,
 * and what the upload says. Pure: the runtime side (src/actions/build/publish.ts) asks the registries.
 */


const PUBLISH_CHOICES = ['none', 'npm', 'pypi'];
const NPM_PUBLIC_REGISTRY = 'https://registry.npmjs.org/';
const PYPI_UPLOAD_URL = 'https://upload.pypi.org/legacy/';
/** Events whose ref is the default branch although the code that runs (or triggered the run) came from outside. */
const publishing_UNTRUSTED_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'workflow_run', 'issue_comment']);
/** Publishing runs only from a tag or the default branch, and never from an event that runs untrusted code. */
function publishGate(ref, eventName, payload) {
    const event = eventName ?? '';
    if (publishing_UNTRUSTED_EVENTS.has(event))
        return { allowed: false, reason: `the '${event}' event can run code from outside the repository, and never publishes` };
    if (ref?.startsWith('refs/tags/'))
        return { allowed: true, reason: `a tag (${ref.slice('refs/tags/'.length)})` };
    if (isDefaultBranch(ref, payload))
        return { allowed: true, reason: `the default branch (${ref.slice('refs/heads/'.length)})` };
    return { allowed: false, reason: ref ? `${ref} is neither a tag nor the default branch` : 'no GITHUB_REF: this is not a run on a tag or the default branch' };
}
/** npm's registry for a package: publishConfig.registry, else the scope's registry, else the configured one. */
function npmRegistryFor(packageJson, configured) {
    const publishConfig = packageJson.publishConfig;
    const chosen = [publishConfig?.registry, configured.scope, configured.registry].find((value) => typeof value === 'string' && /^https?:\/\//.test(value.trim()));
    const registry = (chosen ?? NPM_PUBLIC_REGISTRY).trim();
    return registry.endsWith('/') ? registry : `${registry}/`;
}
/**
 * The npm config key that carries a token for one registry (npm's "nerf dart": no scheme, a trailing slash),
 * given to npm as the environment variable `npm_config_<key>`, so the token is never in a file or an argument.
 */
function npmTokenConfigKey(registry) {
    const url = new URL(registry);
    const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return `//${url.host}${pathname}:_authToken`;
}
/** A pre-release (1.2.0-beta.1) goes to the dist-tag of its first identifier, never to `latest` (npm 11 insists). */
function npmDistTag(version, packageJson) {
    const publishConfig = packageJson.publishConfig;
    if (typeof publishConfig?.tag === 'string')
        return undefined; // npm reads it itself
    const prerelease = /^\d+\.\d+\.\d+-([0-9A-Za-z-]+)/.exec(version)?.[1];
    if (prerelease === undefined)
        return undefined;
    return /^\d+$/.test(prerelease) ? 'next' : prerelease.toLowerCase();
}
/**
 * npm signs provenance only from a cloud CI with an OIDC token (`permissions: id-token: write`), for the public
 * registry, and only for a public repository (npm refuses a private one).
 */
function canSignProvenance(env, registry, payload) {
    const repository = payload?.repository;
    const isPublic = repository?.private === false || repository?.visibility === 'public';
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) && new URL(registry).host === 'registry.npmjs.org' && isPublic;
}
function npmPublishArgs(tarball, registry, options) {
    return ['publish', tarball, '--registry', registry, ...(options.provenance ? ['--provenance'] : []), ...(options.distTag ? ['--tag', options.distTag] : [])];
}
/** What `npm view <name>@<version> version --json` says: published, not published, or it could not tell. */
function npmViewVerdict(exitCode, stdout) {
    const text = stdout.trim();
    if (exitCode === 0)
        return text === '' || text === '[]' ? 'absent' : 'published';
    try {
        const code = JSON.parse(text).error?.code;
        return code === 'E404' ? 'absent' : 'unknown';
    }
    catch {
        return /\bE404\b/.test(text) ? 'absent' : 'unknown';
    }
}
/** PEP 503 normalization: runs of -, _ and . become one -, lower case. */
function normalizePythonName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/**
 * Where to ask whether a version is published, for an upload URL: PyPI and TestPyPI answer with their JSON API
 * (404 for a version they do not have); any other index (pypiserver, devpi, Artifactory, Nexus) with its PEP 503
 * simple page next to the upload URL, which lists every file.
 */
function pythonPublishedProbe(repositoryUrl, name, version) {
    const url = new URL(repositoryUrl);
    const project = normalizePythonName(name);
    if (url.host === 'upload.pypi.org')
        return { kind: 'json', url: `https://pypi.org/pypi/${project}/${encodeURIComponent(version)}/json` };
    if (url.host === 'test.pypi.org')
        return { kind: 'json', url: `https://test.pypi.org/pypi/${project}/${encodeURIComponent(version)}/json` };
    const base = url.pathname.replace(/\/?(legacy\/?)?$/, '/');
    return { kind: 'simple', url: `${url.protocol}//${url.host}${base}simple/${project}/` };
}
/** Whether a PEP 503 simple page lists a file of this name (PyPI never takes the same file name twice). */
function simplePageLists(html, filename) {
    for (const match of html.matchAll(/<a\b[^>]*>([^<]*)<\/a>/gi))
        if (match[1].trim() === filename)
            return true;
    return false;
}
/** Header names whose form field is not the header's own name (twine and Warehouse's legacy upload API). */
const FIELD_NAMES = {
    classifier: 'classifiers',
    'project-url': 'project_urls',
    'home-page': 'home_page',
    'download-url': 'download_url',
    'license-file': 'license_file',
    'provides-extra': 'provides_extras',
};
/**
 * The form fields of one file for the legacy upload API (what twine sends): the action, the protocol, every
 * metadata header as a field (repeated headers repeated), the description from the body, the file type, the
 * Python tag, and the digests.
 */
function pythonUploadForm(filename, metadataText, digests) {
    const metadata = parseCoreMetadataFull(metadataText);
    const filetype = filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
    // twine sends no pyversion for an sdist (Warehouse records it as "source").
    const pyversion = filetype === 'sdist' ? undefined : wheelPythonTag(filename);
    const fields = [[':action', 'file_upload'], ['protocol_version', '1']];
    for (const [header, values] of metadata.headers) {
        if (header === 'description' && metadata.body.trim() !== '')
            continue;
        const field = FIELD_NAMES[header] ?? header.replace(/-/g, '_');
        for (const value of values)
            fields.push([field, value]);
    }
    if (metadata.body.trim() !== '')
        fields.push(['description', metadata.body]);
    fields.push(['filetype', filetype]);
    if (pyversion !== undefined)
        fields.push(['pyversion', pyversion]);
    fields.push(['md5_digest', digests.md5], ['sha256_digest', digests.sha256]);
    // Node's OpenSSL has no 256-bit BLAKE2b; the digest is optional (twine leaves it out under FIPS too).
    if (digests.blake2_256)
        fields.push(['blake2_256_digest', digests.blake2_256]);
    return { fields, filetype };
}
/** The Python tag of a wheel file name (name-version[-build]-python-abi-platform.whl). */
function wheelPythonTag(filename) {
    const parts = filename.replace(/\.whl$/, '').split('-');
    if (parts.length < 5)
        throw new Error(`${filename} is not a wheel file name (name-version-python-abi-platform.whl)`);
    return parts[parts.length - 3];
}
/** The first lines of a registry's refusal, for the error (HTML pages reduced to their text). */
function refusalText(status, body) {
    const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
    return `HTTP ${status}${text ? `: ${text}` : ''}`;
}
/**
 * A multipart/form-data body with the values as they are (FormData would turn every \n of the description into
 * \r\n, which twine does not), the file last. Field names and the file name are quoted with their quotes and
 * line breaks escaped, as browsers and requests do.
 */
function multipartBody(fields, file, boundary) {
    const quote = (text) => text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
    const parts = [];
    for (const [name, value] of fields) {
        parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n`), Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file.data, Buffer.from(`\r\n--${boundary}--\r\n`));
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/actions/build/inputs.ts







/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
const BUILD_INPUTS = [
    'working-directory',
    'build-script',
    'package',
    'artifacts-directory',
    'max-size',
    'max-size-increase',
    'fail-on-size',
    'cache',
    'cache-version',
    'max-parallel',
    'timeout-minutes',
    'publish',
    'registry-token',
    'repository-url',
];
/** Publishing runs only on CI (a tag or the default branch): the local command does not take these. */
const BUILD_PUBLISH_INPUTS = (/* unused pure expression or super */ null && (['publish', 'registry-token', 'repository-url']));
const BUILD_OUTPUTS = ['artifacts', 'version', 'cache-hit', 'built', 'published'];
/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
const BUILD_NAMES = declareNames({ inputs: BUILD_INPUTS, outputs: BUILD_OUTPUTS });
const PACKAGE_CHOICES = ['auto', 'true', 'false'];
function parseRepositoryUrl(raw) {
    const value = raw.trim();
    if (value === '')
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
        throw new errors/* ConfigurationError */.j1(`Input 'repository-url' must be the http(s) upload URL of a Python package index, such as ${PYPI_UPLOAD_URL}, without credentials in it (got '${shorten(url ? `${url.protocol}//${url.host}${url.pathname}` : value)}'): give the token in 'registry-token'.`);
    }
    return url.href;
}
function inputs_parseMaxParallel(raw) {
    const value = raw.trim();
    if (value === '' || value.toLowerCase() === 'auto')
        return undefined;
    if (!/^\d{1,4}$/.test(value) || Number(value) < 1) {
        throw new errors/* ConfigurationError */.j1(`Input 'max-parallel' must be auto or a whole number of at least 1 (got '${shorten(value)}').`);
    }
    return Number(value);
}
/** A script name is one line of printable text; it is passed to the package manager as one argument, never to a shell. */
function parseScriptName(raw) {
    const value = raw.trim();
    if (value === '')
        return 'build';
    if (/[\r\n\0]/.test(value) || value.length > 200) {
        throw new errors/* ConfigurationError */.j1(`Input 'build-script' must be the name of one package.json script, such as build (got '${shorten(value)}').`);
    }
    return value;
}
/**
 * `artifacts-directory`: a plain relative path inside the project (no `..`, not the project itself), or an absolute
 * path, which main checks against the workspace and the run's temporary folder (resolveArtifactsFolder).
 */
function parseInsideFolder(name, raw, defaultValue) {
    const value = parseStringInput(raw, defaultValue);
    if (!/[\r\n\0]/.test(value) && external_node_path_default().isAbsolute(value))
        return external_node_path_default().normalize(value).replace(/(.)[\\/]$/, '$1');
    const normal = external_node_path_default().posix.normalize(value.replace(/\\/g, '/'));
    if (/[\r\n\0]/.test(value) || /^[A-Za-z]:/.test(value) || normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a folder inside the project, relative to it, such as ${defaultValue}, or an absolute path inside the workspace or the run's temporary folder (got '${shorten(value)}'): ` +
            'the action empties its package files, so it may not be the project itself or lie outside those.');
    }
    return normal.replace(/\/$/, '');
}
function readBuildInputs(read) {
    const workingDirectory = parseStringInput(read('working-directory'), '.');
    if (/[\r\n\0]/.test(workingDirectory)) {
        throw new errors/* ConfigurationError */.j1(`Input 'working-directory' must be one folder path (got '${shorten(workingDirectory)}').`);
    }
    return {
        workingDirectory,
        buildScript: parseScriptName(read('build-script')),
        buildScriptExplicit: read('build-script').trim() !== '' && read('build-script').trim() !== 'build',
        package: parseEnumInput('package', read('package').length > 100 ? shorten(read('package').trim()) : read('package'), PACKAGE_CHOICES, 'auto'),
        artifactsDirectory: parseInsideFolder('artifacts-directory', read('artifacts-directory'), 'dist-artifacts'),
        maxSize: parseSize('max-size', read('max-size')),
        maxSizeIncrease: parsePercent('max-size-increase', read('max-size-increase'), 25),
        failOnSize: parseBooleanInput('fail-on-size', read('fail-on-size'), false),
        cache: parseBooleanInput('cache', read('cache'), true),
        cacheVersion: parseCacheVersion(read('cache-version')),
        maxParallel: inputs_parseMaxParallel(read('max-parallel')),
        timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
        publish: parseEnumInput('publish', read('publish').length > 100 ? shorten(read('publish').trim()) : read('publish'), PUBLISH_CHOICES, 'none'),
        registryToken: read('registry-token').trim(),
        repositoryUrl: parseRepositoryUrl(read('repository-url')),
    };
}

;// CONCATENATED MODULE: ./src/core/build/plan.ts



function plan_scriptsOf(packageJson) {
    const scripts = objectAt(packageJson, 'scripts') ?? {};
    return Object.fromEntries(Object.entries(scripts).filter((entry) => typeof entry[1] === 'string'));
}
/** The workspace patterns of package.json (`workspaces` as a list or `{ packages }`) or pnpm-workspace.yaml. */
function plan_workspacePatterns(snapshot) {
    const packageJson = readPackageJson(snapshot) ?? {};
    const field = packageJson.workspaces;
    const list = Array.isArray(field) ? field : objectAt(packageJson, 'workspaces')?.packages;
    const patterns = Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
    const pnpm = snapshot.texts.get('pnpm-workspace.yaml');
    if (pnpm !== undefined) {
        // The packages list of pnpm-workspace.yaml: `- 'pattern'` lines under `packages:` (a full YAML parser is not needed).
        let inPackages = false;
        for (const line of pnpm.split(/\r?\n/)) {
            if (/^packages:\s*$/.test(line))
                inPackages = true;
            else if (/^\S/.test(line))
                inPackages = false;
            else if (inPackages) {
                const item = /^\s+-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line)?.[1];
                if (item !== undefined && !item.startsWith('!'))
                    patterns.push(item);
            }
        }
    }
    return [...new Set(patterns)];
}
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** For each member, the other members it depends on (by package name, in any dependency field). */
function memberDependencies(members) {
    const byName = new Map(members.map((member) => [member.name, member]));
    const graph = new Map();
    for (const member of members) {
        const needs = new Set();
        for (const field of DEPENDENCY_FIELDS) {
            for (const name of Object.keys(objectAt(member.packageJson, field) ?? {})) {
                if (name !== member.name && byName.has(name))
                    needs.add(name);
            }
        }
        graph.set(member.name, [...needs].sort());
    }
    const visiting = new Set();
    const done = new Set();
    const visit = (name, trail) => {
        if (done.has(name))
            return;
        if (visiting.has(name))
            throw new errors/* ConfigurationError */.j1(`The workspace members depend on each other in a cycle (${[...trail, name].join(' → ')}): no build order exists. Break the cycle.`);
        visiting.add(name);
        for (const next of graph.get(name) ?? [])
            visit(next, [...trail, name]);
        visiting.delete(name);
        done.add(name);
    };
    for (const name of graph.keys())
        visit(name, []);
    return graph;
}
/**
 * Runs `task` for every node once all the nodes it depends on have finished, at most `maxParallel` at a time,
 * ready nodes in the order given. A failed task stops new ones from starting; those running finish, then the
 * first failure is thrown. Returns the order the tasks started in.
 */
async function runInDependencyOrder(nodes, dependencies, maxParallel, task) {
    const started = [];
    const finished = new Set();
    const pending = [...nodes];
    const running = new Map();
    let failure;
    const limit = Math.max(1, Math.floor(maxParallel));
    while (pending.length > 0 || running.size > 0) {
        while (!failure && running.size < limit) {
            const index = pending.findIndex((node) => (dependencies.get(node) ?? []).every((need) => finished.has(need) || !nodes.includes(need)));
            if (index < 0)
                break;
            const [node] = pending.splice(index, 1);
            started.push(node);
            running.set(node, task(node).then(() => void finished.add(node), (error) => void (failure ??= { error })).finally(() => void running.delete(node)));
        }
        if (running.size === 0)
            break;
        await Promise.race(running.values());
    }
    if (failure)
        throw failure.error;
    return started;
}
function buildCommand(manager, script) {
    return { command: manager, args: ['run', script] };
}
/** The pack command, writing the tarball into `destination` (an absolute folder). */
function packCommand(manager, destination, fileName) {
    if (manager === 'yarn')
        return { command: 'yarn', args: ['pack', '--filename', `${destination}/${fileName}`] };
    return { command: manager, args: ['pack', '--pack-destination', destination] };
}
/** npm's tarball name: `@scope/name` → `scope-name`, then `-version.tgz`. */
function tarballName(name, version) {
    return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}
/** tsconfig.json is JSON with comments and trailing commas: both are removed (outside strings) before parsing. */
function plan_parseJsonc(text) {
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const char = text[i];
        if (inString) {
            out += char;
            if (char === '\\')
                out += text[++i] ?? '';
            else if (char === '"')
                inString = false;
        }
        else if (char === '"') {
            inString = true;
            out += char;
        }
        else if (char === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i += 1;
            out += '\n';
        }
        else if (char === '/' && text[i + 1] === '*') {
            i += 2;
            while (i < text.length && !(text[i] === '*' && text[i + 1] === '/'))
                i += 1;
            i += 1;
        }
        else
            out += char;
    }
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}
/** A TypeScript build runs when there is a build script and a tsconfig.json (tsc, tsup, vite and esbuild all read it). */
function runsTypeScript(scriptText, snapshot) {
    return scriptText !== undefined && snapshot.entries.has('tsconfig.json');
}
/** The checks that fail before anything is built, each naming its file and the fix. */
function prebuildFindings(snapshot, options) {
    const findings = configFindings(snapshot, options.locate);
    if (findings.length > 0)
        return findings;
    const error = (file, message, rule) => {
        findings.push({ level: 'error', message, file: options.locate(file), source: 'build', rule });
    };
    if (options.language === 'node') {
        const scripts = plan_scriptsOf(readPackageJson(snapshot) ?? {});
        const isWorkspace = plan_workspacePatterns(snapshot).length > 0;
        if (options.buildScriptExplicit && scripts[options.buildScript] === undefined && !isWorkspace) {
            const names = Object.keys(scripts);
            error('package.json', `Input 'build-script' is '${options.buildScript}', but package.json has no such script (it has: ${names.length > 0 ? names.join(', ') : 'no scripts'}). Add it, or name one of those.`, 'build-script-exists');
        }
        if (options.tsconfigText !== undefined) {
            try {
                plan_parseJsonc(options.tsconfigText);
            }
            catch (caught) {
                error('tsconfig.json', `tsconfig.json does not parse (${caught.message}): fix the file.`, 'tsconfig-parses');
            }
        }
    }
    else if (options.packaging) {
        const pyproject = readPyproject(snapshot);
        if (objectAt(pyproject, 'build-system') === undefined && !snapshot.entries.has('setup.py')) {
            error(snapshot.entries.has('pyproject.toml') ? 'pyproject.toml' : 'setup.py', `There is no build backend to package with: add a [build-system] table to pyproject.toml (e.g. requires = ["setuptools>=61"], build-backend = "setuptools.build_meta"), or a setup.py; or set 'package: false'.`, 'build-backend');
        }
    }
    return findings;
}
/** The module a PEP 517 backend is imported from (`poetry.core.masonry.api` → `poetry.core`), to probe for it. */
function backendModule(snapshot) {
    const backend = stringAt(readPyproject(snapshot), 'build-system', 'build-backend');
    if (backend === undefined)
        return 'setuptools';
    return backend.split(':')[0].split('.').slice(0, backend.startsWith('poetry.') ? 2 : 1).join('.');
}
/** The version pyproject declares ([project] or [tool.poetry]); undefined when dynamic or absent. */
function pyprojectVersion(snapshot) {
    const pyproject = readPyproject(snapshot);
    return stringAt(pyproject, 'project', 'version') ?? stringAt(pyproject, 'tool', 'poetry', 'version');
}
/**
 * Which package manager runs the scripts: package.json's packageManager, else the lockfile's owner, else npm.
 * Unlike an install, a build needs no lockfile.
 */
function nodeManager(snapshot) {
    const declared = /^(npm|yarn|pnpm)@/.exec((typeof readPackageJson(snapshot)?.packageManager === 'string' ? readPackageJson(snapshot)?.packageManager : ''))?.[1];
    if (declared)
        return declared;
    if (snapshot.entries.has('pnpm-lock.yaml') || snapshot.entries.has('pnpm-workspace.yaml'))
        return 'pnpm';
    if (snapshot.entries.has('yarn.lock'))
        return 'yarn';
    return 'npm';
}

;// CONCATENATED MODULE: ./src/core/build/report.ts



function verdict(problems) {
    if (problems.some((problem) => problem.level === 'error'))
        return `❌ ${problems.filter((p) => p.level === 'error').map((p) => p.message).join(' ')}`;
    if (problems.length > 0)
        return `⚠️ ${problems.map((p) => p.message).join(' ')}`;
    return '✅ ok';
}
/** Every error the report holds, as the lines of the step's failure message. */
function buildFailures(report) {
    const failures = [];
    for (const finding of report.prebuild)
        failures.push(`Pre-build check: ${formatFinding(finding)}`);
    for (const output of report.declaredOutputs.filter((entry) => !entry.present)) {
        failures.push(`${output.member}: package.json '${output.field}' names ${output.file}, which the build did not produce.`);
    }
    for (const artifact of report.artifacts) {
        for (const problem of artifact.problems.filter((p) => p.level === 'error'))
            failures.push(problem.message.startsWith(`${artifact.file} `) ? problem.message : `${artifact.file}: ${problem.message}`);
    }
    if (report.versions && !report.versions.ok)
        failures.push(report.versions.message);
    return failures;
}
function buildSummary(report) {
    const document = [{ kind: 'heading', text: report.title }];
    document.push({ kind: 'paragraph', text: report.prebuild.length === 0 ? '**Pre-build checks:** passed (manifests parse, lockfile in step, build script and backend present).' : '**Pre-build checks:** failed' });
    if (report.prebuild.length > 0)
        document.push({ kind: 'list', items: report.prebuild.map(formatFinding) });
    if (report.builds.length > 0) {
        document.push({ kind: 'table', header: ['Built', 'Command', 'Time', 'Result'], rows: report.builds.map((build) => [build.member, `\`${build.command}\``, (0,summary_document/* formatSeconds */.Xo)(build.milliseconds), build.ok ? '✅' : '❌ failed']) });
    }
    else if (report.nothingBuilt) {
        document.push({ kind: 'paragraph', text: report.nothingBuilt });
    }
    if (report.declaredOutputs.length > 0) {
        const missing = report.declaredOutputs.filter((output) => !output.present);
        document.push({ kind: 'paragraph', text: missing.length === 0 ? `**Declared outputs:** all ${report.declaredOutputs.length} present (main, exports, bin, types).` : `**Declared outputs:** ${missing.length} missing` });
        if (missing.length > 0)
            document.push({ kind: 'list', items: missing.map((output) => `${output.member}: \`${output.field}\` → ${output.file} is missing`) });
    }
    if (report.artifacts.length > 0) {
        document.push({
            kind: 'table',
            header: ['Package', 'Size', 'Δ vs default branch', 'Files', 'sha256', 'Verdict'],
            rows: report.artifacts.map((artifact) => [
                artifact.file,
                formatSize(artifact.size),
                artifact.delta === undefined ? '—' : formatDelta(artifact.delta, artifact.deltaPercent ?? 0),
                String(artifact.files),
                `\`${artifact.sha256}\``,
                verdict(artifact.problems),
            ]),
        });
    }
    if (report.versions)
        document.push({ kind: 'paragraph', text: `**Version:** ${report.versions.ok ? '✅' : '❌'} ${report.versions.message}` });
    if (report.publishing) {
        const { lines, skipped, failure } = report.publishing;
        const state = failure ? `❌ ${failure.split('\n')[0]}` : skipped ?? (lines.length > 0 ? `✅ ${lines.length} published` : 'nothing published');
        document.push({ kind: 'paragraph', text: `**Publish:** ${state}` });
        if (lines.length > 0)
            document.push({ kind: 'list', items: lines });
    }
    if (report.overflow.length > 0) {
        document.push({ kind: 'paragraph', text: `${report.overflow.length} more findings (over the annotation limits):` }, { kind: 'list', items: report.overflow.map(formatFinding) });
    }
    if (report.notes.length > 0)
        document.push({ kind: 'list', items: report.notes });
    return document;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/runtime/files/archives.ts




async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function tarString(block, start, length) {
    const slice = block.subarray(start, start + length);
    const end = slice.indexOf(0);
    return slice.subarray(0, end < 0 ? slice.length : end).toString('utf8');
}
/** POSIX ustar with GNU long names (`L`) and pax headers (`x`, for `path`), as npm, setuptools and tar write them. */
function listTar(data, wanted = () => false) {
    const members = [];
    const texts = new Map();
    let fileCount = 0;
    let offset = 0;
    let longName;
    while (offset + 512 <= data.length) {
        const header = data.subarray(offset, offset + 512);
        if (header.every((byte) => byte === 0))
            break;
        const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
        if (!Number.isFinite(size) || size < 0)
            throw new Error(`corrupt tar header at byte ${offset}`);
        const type = String.fromCharCode(header[156] || 48);
        const body = data.subarray(offset + 512, offset + 512 + size);
        offset += 512 + Math.ceil(size / 512) * 512;
        if (type === 'L') {
            longName = tarString(body, 0, body.length);
            continue;
        }
        if (type === 'x') {
            const pathRecord = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
            if (pathRecord)
                longName = pathRecord[1];
            continue;
        }
        if (type === 'g')
            continue;
        const prefix = tarString(header, 345, 155);
        const name = longName ?? (prefix ? `${prefix}/${tarString(header, 0, 100)}` : tarString(header, 0, 100));
        longName = undefined;
        const member = type === '5' && !name.endsWith('/') ? `${name}/` : name;
        members.push(member);
        if (type === '0' || type === '\0' || type === '7') {
            fileCount += 1;
            if (wanted(member))
                texts.set(member, body.toString('utf8'));
        }
    }
    if (offset + 512 > data.length && members.length === 0)
        throw new Error('not a tar archive (no header)');
    return { members, fileCount, texts };
}
function listZip(data, wanted = () => false) {
    // The end-of-central-directory record is in the last 64 kB + 22 bytes.
    let eocd = -1;
    for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i -= 1) {
        if (data.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new Error('not a zip archive (no end of central directory)');
    const count = data.readUInt16LE(eocd + 10);
    let offset = data.readUInt32LE(eocd + 16);
    const members = [];
    const texts = new Map();
    let fileCount = 0;
    for (let i = 0; i < count; i += 1) {
        if (data.readUInt32LE(offset) !== 0x02014b50)
            throw new Error(`corrupt zip central directory at byte ${offset}`);
        const method = data.readUInt16LE(offset + 10);
        const compressedSize = data.readUInt32LE(offset + 20);
        const nameLength = data.readUInt16LE(offset + 28);
        const extraLength = data.readUInt16LE(offset + 30);
        const commentLength = data.readUInt16LE(offset + 32);
        const localOffset = data.readUInt32LE(offset + 42);
        const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        offset += 46 + nameLength + extraLength + commentLength;
        members.push(name);
        if (name.endsWith('/'))
            continue;
        fileCount += 1;
        if (!wanted(name))
            continue;
        const localNameLength = data.readUInt16LE(localOffset + 26);
        const localExtraLength = data.readUInt16LE(localOffset + 28);
        const start = localOffset + 30 + localNameLength + localExtraLength;
        const raw = data.subarray(start, start + compressedSize);
        if (method === 0)
            texts.set(name, raw.toString('utf8'));
        else if (method === 8)
            texts.set(name, (0,external_node_zlib_.inflateRawSync)(raw).toString('utf8'));
        else
            throw new Error(`${name}: zip compression method ${method} is not supported`);
    }
    return { members, fileCount, texts };
}
/** Lists a `.tgz`/`.tar.gz`, or a `.whl`/`.zip`, by its name. */
async function listArchive(file, wanted) {
    const data = await (0,promises_.readFile)(file);
    if (/\.(whl|zip)$/i.test(file))
        return listZip(data, wanted);
    if (/\.(tgz|tar\.gz)$/i.test(file))
        return listTar((0,external_node_zlib_.gunzipSync)(data), wanted);
    throw new Error(`${file}: not a package archive this action reads (.tgz, .tar.gz, .whl, .zip)`);
}
/**
 * Rewrites a .tar.gz so that the same sources give the same bytes: every member's mtime is clamped to
 * `epoch` (SOURCE_DATE_EPOCH, the commit time) and the gzip header carries no time. Names, order, modes,
 * owners and contents are kept. Some backends (setuptools before 70) ignore SOURCE_DATE_EPOCH for sdists:
 * their files carry checkout and build times.
 */
function clampTarGzTimes(archive, epoch) {
    const tar = Buffer.from((0,external_node_zlib_.gunzipSync)(archive));
    const out = [];
    let offset = 0;
    const seal = (header) => {
        header.fill(0x20, 148, 156);
        let sum = 0;
        for (const byte of header)
            sum += byte;
        header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
    };
    while (offset + 512 <= tar.length) {
        const header = Buffer.from(tar.subarray(offset, offset + 512));
        if (header.every((byte) => byte === 0))
            break;
        const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
        let body = tar.subarray(offset + 512, offset + 512 + size);
        offset += 512 + Math.ceil(size / 512) * 512;
        const mtime = parseInt(tarString(header, 136, 12).trim() || '0', 8);
        if (Number.isFinite(mtime) && mtime > epoch)
            header.write(`${epoch.toString(8).padStart(11, '0')}\0`, 136, 12, 'ascii');
        const type = String.fromCharCode(header[156] || 48);
        if (type === 'x' || type === 'g') {
            // pax records `LEN key=value\n` (Python's tarfile writes a fractional mtime there): clamp the times, re-count the lengths.
            const records = [];
            const text = body.toString('utf8');
            let at = 0;
            while (at < text.length) {
                const space = text.indexOf(' ', at);
                const length = Number(text.slice(at, space));
                if (!(length > 0))
                    break;
                const record = text.slice(space + 1, at + length - 1);
                at += length;
                const [key, ...rest] = record.split('=');
                const value = rest.join('=');
                const clamped = ['mtime', 'atime', 'ctime'].includes(key) && Number(value) > epoch ? String(epoch) : value;
                const line = ` ${key}=${clamped}\n`;
                let total = Buffer.byteLength(line) + 1;
                while (String(total).length + Buffer.byteLength(line) !== total)
                    total = String(total).length + Buffer.byteLength(line);
                records.push(`${total}${line}`);
            }
            body = Buffer.from(records.join(''), 'utf8');
            header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
        }
        seal(header);
        out.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
    out.push(Buffer.alloc(1024));
    // gzipSync writes mtime 0 and the same OS byte everywhere: the compressed bytes depend on the tar alone.
    return (0,external_node_zlib_.gzipSync)(Buffer.concat(out), { level: 9 });
}

;// CONCATENATED MODULE: ./src/core/build/tsc-output.ts


const PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.*)$/;
/**
 * tsc's errors in a build's output, in either of its formats: `file(line,col): error TS…` (`--pretty false`) and
 * the pretty `file:line:col - error TS…` it prints by default, colours removed. Both go through quality-checks'
 * parser, so the findings are the same whichever tsc printed.
 */
function buildOutputFindings(text, context) {
    const plain = (0,ansi/* stripColors */.T)(text);
    const lines = plain.split(/\r?\n/).map((line) => {
        const pretty = PRETTY.exec(line);
        return pretty ? `${pretty[1]}(${pretty[2]},${pretty[3]}): ${pretty[4]} ${pretty[5]}: ${pretty[6]}` : /^\s*\d+\s/.test(line) || /^\s+~/.test(line) ? '' : line;
    });
    return parseTscOutput(lines.join('\n'), context);
}

;// CONCATENATED MODULE: ./src/actions/build/node-build.ts









/** The project's packages: its workspace members, or the project itself. */
async function nodeMembers(snapshot, directory) {
    const root = readPackageJson(snapshot) ?? {};
    const patterns = plan_workspacePatterns(snapshot);
    if (patterns.length === 0) {
        return { members: [{ directory: '.', name: typeof root.name === 'string' ? root.name : external_node_path_default().basename(directory), packageJson: root }], workspace: false };
    }
    const members = [];
    for (const folder of await expandFolderPatterns(directory, patterns)) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().join(directory, folder, 'package.json'), 'utf8');
        }
        catch {
            continue; // a folder the pattern matched that is no package
        }
        let manifest;
        try {
            manifest = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${external_node_path_default().join(folder, 'package.json')} is not valid JSON (${error.message}): fix the file.`);
        }
        const relative = folder.split((external_node_path_default()).sep).join('/');
        members.push({ directory: relative, name: typeof manifest.name === 'string' ? manifest.name : relative, packageJson: manifest });
    }
    return { members, workspace: true };
}
/** Builds each member that has the script, in dependency order, up to `maxParallel` at once. */
async function buildMembers(deps, manager, directory, members, script, maxParallel, timeoutMinutes) {
    const { io, context } = deps;
    const withScript = members.filter((member) => plan_scriptsOf(member.packageJson)[script] !== undefined);
    const graph = memberDependencies(members);
    const builds = [];
    const findings = [];
    const failures = [];
    const byName = new Map(withScript.map((member) => [member.name, member]));
    const onGitHub = context.env.GITHUB_ACTIONS === 'true';
    // One stop-commands span around all members: spans of members running in parallel would interleave.
    await withoutWorkflowCommands(io, onGitHub, async () => {
        try {
            await runInDependencyOrder([...byName.keys()], graph, maxParallel, async (name) => {
                const member = byName.get(name);
                const cwd = external_node_path_default().join(directory, member.directory);
                const { command, args } = buildCommand(manager, script);
                const text = [command, ...args].join(' ');
                const started = deps.now();
                io.info(`Building ${member.name} (${member.directory}): ${text}`);
                const result = await deps.run(command, args, { cwd, timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000 });
                const milliseconds = deps.now() - started;
                const ok = result.exitCode === 0;
                builds.push({ member: member.name, command: text, milliseconds, ok });
                if (!ok) {
                    findings.push(...buildOutputFindings(`${result.stdout}\n${result.stderr}`, { workspace: context.workspace, directory: cwd }));
                    const where = member.directory === '.' ? 'the project' : member.directory;
                    failures.push(result.timedOut
                        ? `'${text}' in ${where} did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started. Its last lines:\n${outputTail(result.stdout, result.stderr)}`
                        : `'${text}' in ${where} failed with exit code ${result.exitCode}${result.notFound ? ` (${command} is not installed)` : ''}. Its last lines:\n${outputTail(result.stdout, result.stderr)}`);
                    throw new Error('build failed');
                }
            });
        }
        catch (error) {
            if (failures.length === 0)
                throw error;
        }
    });
    return { builds, findings, failure: failures.length > 0 ? failures.join('\n\n') : undefined };
}
/** Packs `member` into `destination` with the project's package manager; returns the tarball's path. */
async function packMember(deps, manager, directory, member, destination) {
    const version = typeof member.packageJson.version === 'string' ? member.packageJson.version : '';
    const expected = tarballName(member.name, version);
    const before = new Set(await (0,promises_.readdir)(destination));
    const { command, args } = packCommand(manager, destination, expected);
    const cwd = external_node_path_default().join(directory, member.directory);
    const result = await deps.run(command, args, { cwd, silent: true });
    if (result.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`'${[command, ...args].join(' ')}' in ${member.directory === '.' ? 'the project' : member.directory} failed with exit code ${result.exitCode}. Its last lines:\n${outputTail(result.stdout, result.stderr)}`);
    }
    const made = (await (0,promises_.readdir)(destination)).filter((name) => !before.has(name) && name.endsWith('.tgz'));
    if (made.length !== 1)
        throw new Error(`'${[command, ...args].join(' ')}' left ${made.length} new tarballs in ${destination} (expected ${expected})`);
    return external_node_path_default().join(destination, made[0]);
}

;// CONCATENATED MODULE: ./src/actions/build/output-cache.ts



/**
 * The build-output cache. An entry holds the build's outputs (the untracked files the build wrote) and the
 * packages, laid out in one staging folder at a fixed place in the workspace, with a manifest of every file's
 * size: a restore is used only when every file is there whole.
 */
const STAGING_NAME = '.build-actions-build-output';
const IGNORED_OUTPUTS = new Set(['node_modules', '.venv', '__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', 'coverage', '.nyc_output', STAGING_NAME]);
function stagingFolder(context) {
    return external_node_path_default().join(context.workspace, STAGING_NAME);
}
/** `git ls-files --others --directory -z`: untracked files and folders (one entry per untracked folder), relative to `directory`. */
async function untrackedEntries(run, directory) {
    const listed = await run('git', ['ls-files', '--others', '--directory', '-z', '--', '.'], { cwd: directory, silent: true });
    if (listed.exitCode !== 0)
        return undefined;
    return listed.stdout.split('\0').filter((entry) => entry !== '').map((entry) => entry.replace(/\/$/, ''));
}
async function newestTime(file) {
    const info = await (0,promises_.stat)(file);
    if (!info.isDirectory())
        return info.mtimeMs;
    const { readdir } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    let newest = info.mtimeMs;
    for (const child of await readdir(file))
        newest = Math.max(newest, await newestTime(external_node_path_default().join(file, child)));
    return newest;
}
/** What the build wrote: untracked entries that are new since `before`, or were written after `startedMs`. */
async function buildOutputs(run, directory, before, startedMs, excluded) {
    const after = await untrackedEntries(run, directory);
    if (after === undefined)
        return [];
    const outputs = [];
    for (const entry of after) {
        const segments = entry.split('/');
        if (segments.some((segment) => IGNORED_OUTPUTS.has(segment)) || excluded.some((folder) => entry === folder || entry.startsWith(`${folder}/`) || folder.startsWith(`${entry}/`)))
            continue;
        if (!before.includes(entry) || (await newestTime(external_node_path_default().join(directory, entry))) >= startedMs - 1000)
            outputs.push(entry);
    }
    return outputs.sort();
}
async function filesUnder(root, relative) {
    const info = await (0,promises_.stat)(external_node_path_default().join(root, relative));
    if (!info.isDirectory())
        return [{ path: relative, size: info.size }];
    const { readdir } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const found = [];
    for (const child of (await readdir(external_node_path_default().join(root, relative))).sort())
        found.push(...(await filesUnder(root, `${relative}/${child}`)));
    return found;
}
/** Restores an exact hit into place (outputs into the project, packages into `artifactsStaging`); anything less is a miss. */
async function restoreOutputs(io, cache, context, enabled, key, directory, artifactsStaging) {
    const permissions = cachePermissions(context, enabled);
    if (!permissions.restore)
        return { hit: false, note: `Build-output cache not restored: ${permissions.reason ?? 'cache off'}.` };
    const staging = stagingFolder(context);
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    try {
        const restored = await cache.restore([staging], key, []);
        if (restored.outcome === 'error') {
            io.warning(`Restoring the build outputs from the cache failed (${restored.message ?? 'unknown fault'}); building.`);
            return { hit: false, note: `The cache failed (${restored.message ?? 'unknown fault'}): built from scratch.` };
        }
        if (restored.outcome === 'miss')
            return { hit: false, note: `No build-output entry for ${key}: built.` };
        let manifest;
        try {
            manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(staging, 'manifest.json'), 'utf8'));
        }
        catch {
            io.warning(`The build-output entry ${key} has no readable manifest; building.`);
            return { hit: false, note: `Entry ${key} was unreadable: built.` };
        }
        const whole = async (file, size) => {
            try {
                return (await (0,promises_.stat)(file)).size === size;
            }
            catch {
                return false;
            }
        };
        for (const output of manifest.outputs) {
            if (!(await whole(external_node_path_default().join(staging, 'outputs', output.path), output.size))) {
                io.warning(`The build-output entry ${key} is not whole (${output.path}); building.`);
                return { hit: false, note: `Entry ${key} was not whole (${output.path}): built.` };
            }
        }
        for (const artifact of manifest.artifacts) {
            if (!(await whole(external_node_path_default().join(staging, 'artifacts', artifact.name), artifact.size))) {
                io.warning(`The build-output entry ${key} is not whole (${artifact.name}); building.`);
                return { hit: false, note: `Entry ${key} was not whole (${artifact.name}): built.` };
            }
        }
        const tops = [...new Set(manifest.outputs.map((output) => output.path.split('/')[0]))];
        for (const top of tops) {
            await (0,promises_.rm)(external_node_path_default().join(directory, top), { recursive: true, force: true });
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(directory, top)), { recursive: true });
            await (0,promises_.rename)(external_node_path_default().join(staging, 'outputs', top), external_node_path_default().join(directory, top)).catch(() => (0,promises_.cp)(external_node_path_default().join(staging, 'outputs', top), external_node_path_default().join(directory, top), { recursive: true }));
        }
        await (0,promises_.mkdir)(artifactsStaging, { recursive: true });
        for (const artifact of manifest.artifacts)
            await (0,promises_.cp)(external_node_path_default().join(staging, 'artifacts', artifact.name), external_node_path_default().join(artifactsStaging, artifact.name));
        return {
            hit: true,
            note: `Exact hit ${key} (${restored.milliseconds} ms): the build was skipped; ${manifest.outputs.length} output files and ${manifest.artifacts.length} packages restored whole, then verified like a fresh build.`,
            restoredArtifacts: manifest.artifacts.map((artifact) => artifact.name),
            restoredOutputs: tops,
        };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** Saves the outputs and packages of a verified build. Never from untrusted events, never a restored entry again. */
async function saveOutputs(io, cache, context, enabled, key, directory, outputs, artifacts) {
    const permissions = cachePermissions(context, enabled);
    if (!permissions.save)
        return `Build outputs not saved: ${permissions.reason ?? 'cache off'}.`;
    if (outputs.length === 0 && artifacts.length === 0)
        return 'Build outputs not saved: the build wrote nothing to keep.';
    const staging = stagingFolder(context);
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    try {
        const manifest = { schema: 1, outputs: [], artifacts: [] };
        for (const output of outputs) {
            await (0,promises_.cp)(external_node_path_default().join(directory, output), external_node_path_default().join(staging, 'outputs', output), { recursive: true, verbatimSymlinks: true });
            manifest.outputs.push(...(await filesUnder(directory, output)));
        }
        await (0,promises_.mkdir)(external_node_path_default().join(staging, 'artifacts'), { recursive: true });
        for (const artifact of artifacts) {
            const name = external_node_path_default().basename(artifact);
            await (0,promises_.cp)(artifact, external_node_path_default().join(staging, 'artifacts', name));
            manifest.artifacts.push({ name, size: (await (0,promises_.stat)(artifact)).size });
        }
        await (0,promises_.writeFile)(external_node_path_default().join(staging, 'manifest.json'), JSON.stringify(manifest));
        const saved = await cache.save([staging], key);
        if (saved.outcome === 'error') {
            io.warning(`Saving the build outputs to the cache failed (${saved.message ?? 'unknown fault'}); the next run builds again.`);
            return `Build outputs not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
        }
        return saved.outcome === 'exists' ? `An entry ${key} already exists (another job saved it).` : `Saved ${manifest.outputs.length} output files and ${manifest.artifacts.length} packages as ${key}.`;
    }
    catch (error) {
        io.warning(`Saving the build outputs failed (${error.message}); the next run builds again.`);
        return `Build outputs not saved: ${error.message}.`;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/actions/build/python-build.ts





const probeScript = (module) => `import importlib.util, importlib.metadata, json, sys
def version(dist):
    try:
        return importlib.metadata.version(dist)
    except Exception:
        return None
found = importlib.util.find_spec(${JSON.stringify(module.split('.')[0])}) is not None and importlib.util.find_spec(${JSON.stringify(module)}) is not None
print(json.dumps({"python": sys.version.split()[0], "build": importlib.util.find_spec("build") is not None, "backend": found, "backendVersion": version(${JSON.stringify(module === 'poetry.core' ? 'poetry-core' : module)})}))`;
/** The project's interpreter (.venv first, as setup-deps leaves it, then an activated venv, then python3 on PATH) with `build` installed. */
async function probePythonTooling(deps, directory, snapshot) {
    const candidates = pythonCandidates(directory, deps.context.env);
    const module = backendModule(snapshot);
    const without = [];
    for (const executable of candidates) {
        const probe = await deps.run(executable, ['-c', probeScript(module)], { cwd: directory, silent: true });
        if (probe.notFound || probe.exitCode !== 0)
            continue;
        let found;
        try {
            found = JSON.parse(probe.stdout.trim().split(/\r?\n/).pop() ?? '');
        }
        catch {
            continue;
        }
        if (!found.build) {
            without.push(executable);
            continue;
        }
        return { executable, python: found.python, backendInstalled: found.backend, backendVersion: found.backendVersion ?? undefined };
    }
    throw new errors/* ConfigurationError */.j1(`No Python interpreter with the 'build' package to package ${directory}: ${without.length > 0 ? `${without.join(', ')} lack it` : `looked for ${PYTHON_CANDIDATES_TEXT}`}. Add build to the project's dev dependencies (pip install build) and install them first (setup-deps).`);
}
/** `python -m build` (the sdist, then the wheel from it) into `destination`, with SOURCE_DATE_EPOCH so one commit gives the same bytes. */
async function buildPythonPackages(deps, tooling, directory, destination, sourceDateEpoch, timeoutMinutes) {
    const args = ['-m', 'build', '--outdir', destination];
    if (tooling.backendInstalled)
        args.push('--no-isolation');
    args.push('.');
    const command = [tooling.executable, ...args].join(' ');
    const started = deps.now();
    const env = { PYTHONDONTWRITEBYTECODE: '1' };
    if (sourceDateEpoch !== undefined)
        env.SOURCE_DATE_EPOCH = sourceDateEpoch;
    const result = await withoutWorkflowCommands(deps.io, deps.context.env.GITHUB_ACTIONS === 'true', () => deps.run(tooling.executable, args, { cwd: directory, env, timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000 }));
    const milliseconds = deps.now() - started;
    if (result.exitCode === 0)
        return { command, milliseconds };
    const tail = lastLines(`${result.stdout}\n${result.stderr}`, 30);
    if (result.timedOut)
        return { command, milliseconds, failure: `'${command}' did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started. Its last lines:\n${tail}` };
    return { command, milliseconds, failure: `'${command}' failed with exit code ${result.exitCode}. Its last lines:\n${tail}` };
}

;// CONCATENATED MODULE: ./src/actions/build/publish.ts






/** No registry answer may hold the step for long: a check gets 30 s, an upload 10 minutes. */
const CHECK_TIMEOUT_MS = 30_000;
const UPLOAD_TIMEOUT_MS = 10 * 60_000;
async function publishPackages(deps, request) {
    const gate = publishGate(deps.context.env.GITHUB_REF, deps.context.eventName, deps.context.eventPayload);
    if (!gate.allowed)
        return { published: [], skipped: `Not published (publish: ${request.choice}): ${gate.reason}. Packages are published only from a tag or the default branch.`, lines: [] };
    const wanted = request.choice === 'npm' ? request.files.filter((file) => file.endsWith('.tgz')) : request.files.filter((file) => file.endsWith('.whl') || file.endsWith('.tar.gz'));
    if (wanted.length === 0) {
        const what = request.choice === 'npm' ? 'no npm package was made (the project is not a Node package, every package is "private": true, or package is false)' : 'no sdist or wheel was made (the project is not a Python package, or package is false)';
        return { published: [], failure: `Input 'publish' is '${request.choice}', but ${what}: nothing to publish.`, lines: [] };
    }
    return request.choice === 'npm' ? publishToNpm(deps, request, wanted, gate.reason) : publishToPythonIndex(deps, request, wanted, gate.reason);
}
/** `npm config get KEY` in the project, asked once per key however many packages ask. */
function npmConfigReader(deps, directory) {
    const answers = new Map();
    const ask = async (key) => {
        const result = await deps.run('npm', ['config', 'get', key], { cwd: directory, silent: true });
        const value = result.stdout.trim();
        return result.exitCode === 0 && value !== '' && value !== 'undefined' ? value : undefined;
    };
    return (key) => {
        if (!answers.has(key))
            answers.set(key, ask(key));
        return answers.get(key);
    };
}
async function describeTarball(configured, request, file) {
    const listing = await listArchive(file, (member) => /^[^/]+\/package\.json$/.test(member));
    const manifest = JSON.parse([...listing.texts.values()][0] ?? '{}');
    const name = String(manifest.name);
    const version = String(manifest.version);
    const scope = name.startsWith('@') ? await configured(`${name.split('/')[0]}:registry`) : undefined;
    const registry = npmRegistryFor(manifest, { scope, registry: await configured('registry') });
    const env = request.token !== '' ? { [`npm_config_${npmTokenConfigKey(registry)}`]: request.token } : {};
    return { file, name, version, registry, env, distTag: npmDistTag(version, manifest) };
}
async function publishToNpm(deps, request, files, why) {
    const { io, run } = deps;
    const configured = npmConfigReader(deps, request.directory);
    const packages = await Promise.all(files.map((file) => describeTarball(configured, request, file)));
    const lines = [];
    // Every version is checked before anything is uploaded: a half-published workspace is worse than none.
    const already = [];
    for (const item of packages) {
        const view = await run('npm', ['view', `${item.name}@${item.version}`, 'version', '--json', '--registry', item.registry], { cwd: request.directory, env: item.env, silent: true, timeoutMs: CHECK_TIMEOUT_MS });
        const verdict = npmViewVerdict(view.exitCode, view.stdout);
        if (verdict === 'published')
            already.push(`${item.name}@${item.version} is already on ${item.registry}`);
        if (verdict === 'unknown')
            io.warning(`Could not ask ${item.registry} whether ${item.name}@${item.version} is published (npm view exited ${view.exitCode}); the upload will tell.`);
    }
    if (already.length > 0) {
        return { published: [], failure: `Nothing was published: ${already.join('; ')}. A published version can never be replaced: bump the version in package.json (and tag it) to publish again.`, lines };
    }
    const published = [];
    for (const item of packages) {
        const provenance = canSignProvenance(deps.context.env, item.registry, deps.context.eventPayload);
        const args = npmPublishArgs(item.file, item.registry, { provenance, distTag: item.distTag });
        const result = await io.group(`Publish ${item.name}@${item.version} to ${item.registry}`, () => run('npm', args, { cwd: request.directory, env: item.env, timeoutMs: UPLOAD_TIMEOUT_MS }));
        if (result.exitCode !== 0) {
            const tail = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /npm (error|ERR!)/.test(line)).slice(-8).join('\n');
            const done = published.length > 0 ? ` Already published in this run: ${published.map((file) => external_node_path_default().basename(file)).join(', ')}.` : '';
            return { published, failure: `npm publish of ${external_node_path_default().basename(item.file)} to ${item.registry} failed (exit ${result.exitCode}).${done}${tail ? `\n${tail}` : ''}${request.token === '' ? "\nNo 'registry-token' was given: set it to a token that may publish (an npm automation or granular token), or configure NODE_AUTH_TOKEN with actions/setup-node." : ''}`, lines };
        }
        published.push(item.file);
        lines.push(`${item.name}@${item.version} → ${item.registry}${item.distTag ? ` (dist-tag ${item.distTag})` : ''}${provenance ? ', with provenance' : ''}`);
    }
    io.info(`Published ${published.length} package${published.length === 1 ? '' : 's'} from ${why}.`);
    return { published, lines };
}
async function describePythonFile(file) {
    const wanted = file.endsWith('.whl') ? (member) => /^[^/]+\.dist-info\/METADATA$/.test(member) : (member) => /^[^/]+\/PKG-INFO$/.test(member);
    const listing = await listArchive(file, wanted);
    const metadata = [...listing.texts.values()][0] ?? '';
    const headers = parseCoreMetadata(metadata);
    return { file, name: headers.Name ?? '', version: headers.Version ?? '', metadata };
}
function basicAuth(token, env) {
    if (token === '')
        return {};
    const username = env.TWINE_USERNAME || '__token__';
    return { authorization: `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}` };
}
async function pythonVersionPublished(item, repositoryUrl, auth) {
    const probe = pythonPublishedProbe(repositoryUrl, item.name, item.version);
    try {
        const response = await fetch(probe.url, { headers: probe.kind === 'simple' ? auth : {}, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
        const body = await response.text();
        if (response.status === 404)
            return 'absent';
        if (!response.ok)
            return 'unknown';
        return probe.kind === 'json' || simplePageLists(body, external_node_path_default().basename(item.file)) ? 'published' : 'absent';
    }
    catch {
        return 'unknown';
    }
}
async function publishToPythonIndex(deps, request, files, why) {
    const { io } = deps;
    const repositoryUrl = request.repositoryUrl || PYPI_UPLOAD_URL;
    const host = new URL(repositoryUrl).host;
    if (request.token === '' && (host === 'upload.pypi.org' || host === 'test.pypi.org')) {
        return { published: [], failure: `Input 'registry-token' is empty: publish: pypi to ${repositoryUrl} needs an API token (create one scoped to the project on ${host.replace(/^upload\./, '')} and pass it from a secret).`, lines: [] };
    }
    const auth = basicAuth(request.token, deps.context.env);
    // Wheels first, as twine does: the index then takes the project's metadata from the wheel.
    const items = await Promise.all([...files].sort((a, b) => Number(b.endsWith('.whl')) - Number(a.endsWith('.whl'))).map(describePythonFile));
    const lines = [];
    const already = [];
    for (const item of items) {
        const verdict = await pythonVersionPublished(item, repositoryUrl, auth);
        if (verdict === 'published')
            already.push(`${external_node_path_default().basename(item.file)} (${item.name} ${item.version}) is already on ${host}`);
        if (verdict === 'unknown')
            io.warning(`Could not ask ${host} whether ${item.name} ${item.version} is published; the upload will tell.`);
    }
    if (already.length > 0) {
        return { published: [], failure: `Nothing was published: ${already.join('; ')}. An index never takes a file name twice: bump the version (and tag it) to publish again.`, lines };
    }
    const published = [];
    for (const item of items) {
        const data = await (0,promises_.readFile)(item.file);
        const digests = { sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex'), md5: (0,external_node_crypto_.createHash)('md5').update(data).digest('hex') };
        const boundary = `build-actions-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
        const body = multipartBody(pythonUploadForm(external_node_path_default().basename(item.file), item.metadata, digests).fields, { field: 'content', filename: external_node_path_default().basename(item.file), data }, boundary);
        const failure = await io.group(`Upload ${external_node_path_default().basename(item.file)} to ${repositoryUrl}`, async () => {
            try {
                const headers = { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` };
                const response = await fetch(repositoryUrl, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) });
                const answer = await response.text();
                if (response.status >= 300 && response.status < 400)
                    return `${repositoryUrl} redirected the upload (HTTP ${response.status} to ${response.headers.get('location') ?? '?'}): 'repository-url' must be the index's upload URL (PyPI: ${PYPI_UPLOAD_URL}).`;
                if (!response.ok) {
                    const refusal = `${repositoryUrl} refused ${external_node_path_default().basename(item.file)}: ${refusalText(response.status, answer)}`;
                    return response.status === 403 || response.status === 401 ? `${refusal.replace(/[^.]$/, '$&.')} Check 'registry-token' (PyPI: an API token, used with the user name __token__).` : refusal;
                }
                return undefined;
            }
            catch (error) {
                return `The upload of ${external_node_path_default().basename(item.file)} to ${repositoryUrl} failed: ${error.message}`;
            }
        });
        if (failure !== undefined) {
            const done = published.length > 0 ? ` Already uploaded in this run: ${published.map((file) => external_node_path_default().basename(file)).join(', ')}.` : '';
            return { published, failure: `${failure}${done}`, lines };
        }
        io.info(`Uploaded ${external_node_path_default().basename(item.file)}.`);
        published.push(item.file);
        lines.push(`${external_node_path_default().basename(item.file)} → ${repositoryUrl}`);
    }
    io.info(`Published ${published.length} file${published.length === 1 ? '' : 's'} from ${why}.`);
    return { published, lines };
}

;// CONCATENATED MODULE: ./src/runtime/cache/size-history.ts




async function restoreSizeHistory(io, cache, context, enabled, where) {
    const { prefix, folder } = where;
    const permissions = cachePermissions(context, enabled);
    if (!permissions.restore)
        return { note: `No size history: ${permissions.reason ?? 'cache off'}.` };
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    try {
        const restored = await cache.restore([folder], prefix, [prefix]);
        if (restored.outcome === 'error') {
            io.warning(`Restoring the size history failed (${restored.message ?? 'unknown fault'}); sizes are not compared this time.`);
            return { note: `No size history: the cache failed (${restored.message ?? 'unknown fault'}).` };
        }
        if (restored.outcome === 'miss')
            return { note: `No size history yet: the first ${where.setBy} of the default branch sets it.` };
        const history = parseSizeHistory(await (0,promises_.readFile)(external_node_path_default().join(folder, 'sizes.json'), 'utf8').catch(() => undefined));
        return history ? { history, note: `Sizes compared with ${restored.matchedKey ?? prefix}${history.ref ? ` (${history.ref})` : ''}.` } : { note: 'The size history entry was unreadable.' };
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
async function saveSizeHistory(io, cache, context, enabled, where, sizes, now) {
    const { prefix, folder } = where;
    const permissions = cachePermissions(context, enabled);
    if (!permissions.save)
        return `Size history not saved: ${permissions.reason ?? 'cache off'}.`;
    const ref = context.env.GITHUB_REF;
    const local = context.env.GITHUB_ACTIONS !== 'true';
    if (!local && !isDefaultBranch(ref, context.eventPayload))
        return `Size history not saved: only builds of the default branch set it (this is ${ref ?? 'no ref'}).`;
    const key = `${prefix}${context.env.GITHUB_RUN_ID ?? 'local'}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}-${now}`;
    const history = { schema: BUILD_CACHE_SCHEMA, sizes, ref: local ? 'a local build' : ref };
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(folder, 'sizes.json'), JSON.stringify(history));
        const saved = await cache.save([folder], key);
        if (saved.outcome === 'error') {
            io.warning(`Saving the size history failed (${saved.message ?? 'unknown fault'}).`);
            return `Size history not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
        }
        return `Size history saved as ${key}.`;
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/build/versions.ts
/** `refs/tags/v1.2.3` → `1.2.3`; branches and pull requests → undefined. A tag that is not a version is ignored. */
function tagVersion(ref) {
    const match = /^refs\/tags\/(.+)$/.exec(ref ?? '');
    if (!match)
        return undefined;
    const tag = match[1];
    const version = /^(?:.*[-/@])?v?(\d+(?:\.\d+)*(?:[-.+]?[0-9A-Za-z.+-]*)?)$/.exec(tag)?.[1];
    return version === undefined ? undefined : { tag, version };
}
/**
 * One spelling per version: no leading `v`, lower case, and PEP 440's normal forms for pre-releases
 * (1.0.0-beta.1 and 1.0.0b1 are the same release; Python tools print the second).
 */
function normalizeVersion(version) {
    let value = version.trim().toLowerCase().replace(/^v/, '');
    value = value.replace(/[-_.]?(alpha|a)[-_.]?(\d*)/, 'a$2').replace(/[-_.]?(beta|b)[-_.]?(\d*)/, 'b$2');
    value = value.replace(/[-_.]?(rc|c|pre|preview)[-_.]?(\d*)/, 'rc$2');
    value = value.replace(/([abc]|rc)$/, '$10');
    value = value.replace(/[-_.]?(post|rev|r(?!c))[-_.]?(\d*)/, '.post$2').replace(/[-_.]?(dev)[-_.]?(\d*)/, '.dev$2');
    return value;
}
function checkVersions(tag, declared, built) {
    const claims = [...(tag ? [tag] : []), ...(declared ? [declared] : []), ...built];
    const version = declared?.version ?? built[0]?.version ?? tag?.version;
    if (claims.length === 0)
        return { ok: true, message: 'No version to check: the project declares none and built no package.' };
    const reference = normalizeVersion(claims[0].version);
    const disagree = claims.some((claim) => normalizeVersion(claim.version) !== reference);
    const listed = claims.map((claim) => `${claim.source}: ${claim.version}`).join('; ');
    if (disagree) {
        return {
            ok: false,
            version,
            message: `Version mismatch: ${listed}. ${tag ? 'The tag, the manifest and the built packages must name one version: bump the manifest or re-tag.' : 'The manifest and the built packages must name one version.'}`,
        };
    }
    return { ok: true, version, message: `Version ${version} agrees across ${listed}.` };
}

;// CONCATENATED MODULE: ./src/actions/build/verify.ts









/** Reads one package and judges it: contents, size against the budget and the previous build, its built version. */
async function verifyArtifact(input, previous, budget) {
    const name = external_node_path_default().basename(input.file);
    const size = (await (0,promises_.stat)(input.file)).size;
    const sha256 = await sha256File(input.file);
    const problems = [];
    let fileCount = 0;
    let builtVersion;
    try {
        if (input.kind === 'npm') {
            const listing = await listArchive(input.file, (member) => /^[^/]+\/package\.json$/.test(member) || /(^|\/)\.npmrc$/.test(member));
            fileCount = listing.fileCount;
            problems.push(...npmTarballProblems({ members: listing.members, npmrcTexts: listing.texts, files: input.files }));
            const manifest = [...listing.texts].find(([member]) => /^[^/]+\/package\.json$/.test(member));
            const version = manifest ? JSON.parse(manifest[1]).version : undefined;
            if (typeof version === 'string')
                builtVersion = { source: `${name} package.json`, version };
        }
        else if (input.kind === 'wheel') {
            const listing = await listArchive(input.file, (member) => /^[^/]+\.dist-info\/METADATA$/.test(member));
            fileCount = listing.fileCount;
            problems.push(...wheelProblems({ members: listing.members, shippedOnPurpose: input.shippedOnPurpose }));
            const metadata = [...listing.texts.values()][0];
            const version = metadata ? parseCoreMetadata(metadata).Version : undefined;
            if (version)
                builtVersion = { source: `${name} METADATA`, version };
        }
        else {
            const listing = await listArchive(input.file, (member) => /^[^/]+\/PKG-INFO$/.test(member));
            fileCount = listing.fileCount;
            problems.push(...sdistProblems(listing.members));
            const pkgInfo = [...listing.texts.values()][0];
            const version = pkgInfo ? parseCoreMetadata(pkgInfo).Version : undefined;
            if (version)
                builtVersion = { source: `${name} PKG-INFO`, version };
        }
    }
    catch (error) {
        problems.push({ level: 'error', message: `${name} cannot be read as a package: ${error.message}` });
    }
    const stableName = stableArtifactName(name, builtVersion?.version);
    const judged = judgeSize(name, size, previous?.[stableName], budget);
    problems.push(...judged.problems);
    return { path: input.file, file: name, stableName, size, delta: judged.delta, deltaPercent: judged.deltaPercent, files: fileCount, sha256, problems, builtVersion };
}
function readPyprojectSafe(snapshot) {
    try {
        return readPyproject(snapshot);
    }
    catch {
        return undefined;
    }
}
function kindOf(name) {
    if (name.endsWith('.whl'))
        return 'wheel';
    if (name.endsWith('.tar.gz'))
        return 'sdist';
    return 'npm';
}
function projectNameOf(snapshot) {
    const pyproject = readPyprojectSafe(snapshot);
    return stringAt(pyproject, 'project', 'name') ?? stringAt(pyproject, 'tool', 'poetry', 'name');
}
/** A `tests` package the project lists itself (setuptools packages, Poetry packages) ships on purpose. */
function shippedOnPurpose(snapshot) {
    const text = snapshot.texts.get('pyproject.toml') ?? '';
    return ['tests', 'test'].filter((name) => new RegExp(`(packages\\s*=\\s*\\[[^\\]]*["']${name}["'])|(include\\s*=\\s*["']${name}["'])`).test(text));
}
function versionCheck(deps, plan, snapshot, artifacts) {
    const tagged = tagVersion(deps.context.env.GITHUB_REF);
    const tag = tagged ? { source: `tag ${tagged.tag}`, version: tagged.version } : undefined;
    const built = artifacts.map((artifact) => artifact.builtVersion).filter((claim) => claim !== undefined);
    if (plan.language === 'python') {
        const declaredVersion = pyprojectVersion(snapshot);
        const declared = declaredVersion ? { source: 'pyproject.toml', version: declaredVersion } : undefined;
        return checkVersions(tag, declared, built);
    }
    if (plan.members.length === 1) {
        const version = plan.members[0].packageJson.version;
        return checkVersions(tag, typeof version === 'string' ? { source: 'package.json', version } : undefined, built);
    }
    // A workspace: each packed member agrees with its own package.json; a tag `name@1.2.3` binds that member only.
    const checks = artifacts.flatMap((artifact) => {
        const member = plan.toPack.find((candidate) => artifact.file.startsWith(candidate.name.replace(/^@/, '').replace(/\//g, '-')));
        if (!member || typeof member.packageJson.version !== 'string' || !artifact.builtVersion)
            return [];
        const memberTag = tag && tagged?.tag.startsWith(`${member.name}@`) ? tag : undefined;
        return [checkVersions(memberTag, { source: `${member.directory}/package.json`, version: member.packageJson.version }, [artifact.builtVersion])];
    });
    if (checks.length === 0)
        return undefined;
    const failed = checks.filter((check) => !check.ok);
    return failed.length > 0 ? { ok: false, message: failed.map((check) => check.message).join(' ') } : { ok: true, message: checks.map((check) => check.message).join(' ') };
}

;// CONCATENATED MODULE: ./src/actions/build/plan.ts




async function planBuild(snapshot, directory, inputs) {
    const node = snapshot.entries.has('package.json');
    const python = snapshot.entries.has('pyproject.toml') || snapshot.entries.has('setup.py');
    if (node && !(python && plan_scriptsOf(readPackageJson(snapshot) ?? {})[inputs.buildScript] === undefined && readPackageJson(snapshot)?.workspaces === undefined)) {
        const manager = nodeManager(snapshot);
        const { members, workspace } = await nodeMembers(snapshot, directory);
        const toBuild = members.filter((member) => plan_scriptsOf(member.packageJson)[inputs.buildScript] !== undefined);
        const packable = (member) => typeof member.packageJson.name === 'string' && typeof member.packageJson.version === 'string';
        const toPack = inputs.package === 'false' ? [] : members.filter((member) => packable(member) && (inputs.package === 'true' || member.packageJson.private !== true));
        const recipe = JSON.stringify({ manager, workspace, script: inputs.buildScript, scripts: toBuild.map((member) => [member.directory, plan_scriptsOf(member.packageJson)]), pack: toPack.map((member) => member.directory) });
        return { language: 'node', manager, members, toBuild, toPack, pythonPackaging: false, recipe };
    }
    if (python) {
        const hasBackend = readPyproject(snapshot)?.['build-system'] !== undefined || snapshot.entries.has('setup.py');
        const pythonPackaging = inputs.package === 'true' || (inputs.package === 'auto' && hasBackend);
        return { language: 'python', members: [], toBuild: [], toPack: [], pythonPackaging, recipe: JSON.stringify({ python: true, pythonPackaging, pyproject: snapshot.texts.get('pyproject.toml') ?? '' }) };
    }
    throw new errors/* ConfigurationError */.j1(`No project to build in ${directory}: looked for package.json, pyproject.toml and setup.py. Set 'working-directory' to the folder that holds your project's manifest.`);
}

;// CONCATENATED MODULE: ./src/actions/build/key-inputs.ts






async function quiet(deps, command, args, cwd) {
    const result = await deps.run(command, args, { cwd, silent: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/** The build-output key's inputs (also read by the local command's `explain`); undefined outside a git repository. */
async function buildKeyInputs(deps, inputs, plan, where) {
    const { directory } = where;
    const listed = await deps.run('git', ['ls-files', '-s', '-z', '--', '.'], { cwd: directory, silent: true });
    if (listed.exitCode !== 0)
        return undefined;
    const tracked = parseLsFiles(listed.stdout);
    // Tracked files changed in the work tree (a developer's machine) count by their current contents.
    const modified = await deps.run('git', ['ls-files', '-m', '-z', '--', '.'], { cwd: directory, silent: true });
    const changed = new Set(modified.exitCode === 0 ? modified.stdout.split('\0').filter((file) => file !== '') : []);
    const trackedFiles = await Promise.all(tracked.map(async (file) => (changed.has(file.path) ? { path: file.path, blob: (0,hashing/* digestText */.M)((await readTextIfExists(external_node_path_default().join(directory, file.path)).catch(() => undefined)) ?? 'deleted') } : file)));
    const tools = {};
    if (plan.language === 'node') {
        tools.node = (await quiet(deps, 'node', ['--version'], directory)) ?? 'unknown';
        // The manager's version from its package.json next to the program (no process start: npm takes a second to say it).
        const manager = plan.manager ?? 'npm';
        tools[manager] = (await installedPackageVersion(manager, manager, deps.context.env).catch(() => undefined)) ?? (await quiet(deps, manager, ['--version'], directory)) ?? 'unknown';
    }
    const lockfiles = new Map();
    for (const name of ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'poetry.lock']) {
        const text = where.snapshot.texts.get(name);
        if (text !== undefined)
            lockfiles.set(name, text);
    }
    return {
        os: deps.context.platform.os,
        arch: deps.context.platform.arch,
        projectPath: where.projectPath,
        trackedFiles,
        excluded: (0,output_folders/* artifactsInsideProject */.bF)(directory, inputs.artifactsDirectory),
        lockfiles,
        tools,
        recipe: `${plan.recipe}\n${inputs.package}`,
        cacheVersion: inputs.cacheVersion,
    };
}
/** What the Python build adds to the key: the interpreter and the build backend. */
function pythonToolingKeySuffix(python) {
    return (0,hashing/* digestText */.M)(`${python.python} ${python.backendVersion ?? ''} ${python.backendInstalled}`).slice(0, 12);
}

;// CONCATENATED MODULE: ./src/actions/build/main.ts
























/** The package files this action writes into 'artifacts-directory' (and nothing else there is touched). */
const PACKAGE_FILE = /\.(tgz|tar\.gz|whl)$/;
async function build_main_main(deps) {
    const { io, context } = deps;
    const inputs = readBuildInputs((name) => io.getInput(name));
    if (inputs.registryToken !== '')
        io.setSecret(inputs.registryToken);
    const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give the folder that holds package.json or pyproject.toml, relative to the repository root.');
    const repositoryRoot = external_node_path_default().resolve(context.workspace);
    const relative = (file) => (0,output_folders/* shownPath */.pS)(repositoryRoot, file);
    const projectPath = relative(directory) || '.';
    const artifactsDirectory = (0,output_folders/* resolveArtifactsFolder */.eJ)({ workspace: context.workspace, temp: context.tempDirectory }, directory, inputs.artifactsDirectory);
    const snapshot = await readProjectSnapshot(directory);
    const notes = [];
    const report = { title: `Build: ${projectPath}`, prebuild: [], builds: [], declaredOutputs: [], artifacts: [], notes, overflow: [] };
    const fail = async (message, extra = []) => {
        await io.writeSummary(buildSummary(report));
        io.setFailed([message, ...extra].join('\n'));
        return { ok: false, artifacts: [], cacheHit: false, built: report.builds.map((build) => build.member) };
    };
    // 1. Pre-build checks.
    const plan = await io.group('Pre-build checks', async () => {
        const language = snapshot.entries.has('package.json') ? 'node' : 'python';
        const scriptText = plan_scriptsOf((() => { try {
            return readPackageJson(snapshot) ?? {};
        }
        catch {
            return {};
        } })())[inputs.buildScript];
        const tsconfigText = language === 'node' && runsTypeScript(scriptText, snapshot) ? snapshot.texts.get('tsconfig.json') ?? (await readTextIfExists(external_node_path_default().join(directory, 'tsconfig.json'))) : undefined;
        const packaging = inputs.package === 'true' || (inputs.package === 'auto' && (readPyprojectSafe(snapshot)?.['build-system'] !== undefined || snapshot.entries.has('setup.py')));
        report.prebuild = prebuildFindings(snapshot, { language, buildScript: inputs.buildScript, buildScriptExplicit: inputs.buildScriptExplicit, packaging: language === 'python' && packaging, tsconfigText, locate: (file) => relative(external_node_path_default().join(directory, file)) });
        if (report.prebuild.length > 0)
            return undefined;
        const plan = await planBuild(snapshot, directory, inputs);
        io.info(`${projectPath}: ${plan.language}${plan.manager ? ` (${plan.manager})` : ''}; ${plan.language === 'node' ? `${plan.toBuild.length} of ${plan.members.length} packages have '${inputs.buildScript}', ${plan.toPack.length} to pack` : plan.pythonPackaging ? 'sdist and wheel' : 'nothing to package'}`);
        return plan;
    });
    if (plan === undefined) {
        annotate(io, planAnnotations(report.prebuild).annotated);
        return fail(`The pre-build checks failed:`, buildFailures(report));
    }
    // 2. The cache key and what earlier builds left.
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(context.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'build-actions-artifacts-'));
    try {
        return await buildAndVerify(deps, inputs, plan, { directory, projectPath, artifactsDirectory, staging, snapshot, report, relative, fail });
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
async function buildAndVerify(deps, inputs, plan, where) {
    const { io, context } = deps;
    const actionOutputs = named_io_namedIO(io, BUILD_NAMES);
    const { directory, staging, report, relative, fail } = where;
    const notes = report.notes;
    const keyInputs = await buildKeyInputs(deps, inputs, plan, where);
    let key = keyInputs === undefined ? undefined : buildCacheKey(keyInputs);
    let python;
    if (plan.language === 'python' && plan.pythonPackaging) {
        python = await probePythonTooling(deps, directory, where.snapshot);
        if (key !== undefined)
            key = `${key}-${pythonToolingKeySuffix(python)}`;
    }
    if (key === undefined)
        notes.push(`${directory} is not in a git repository: the build-output cache is off (its key is made from the tracked files).`);
    const sizeHistoryPlace = {
        prefix: sizeHistoryPrefix(context.platform.os, where.projectPath, inputs.cacheVersion),
        folder: external_node_path_default().join(context.workspace, '.build-actions-build-sizes'),
        setBy: 'build',
    };
    // One after the other: the cache client's log capture (runtime/cache/client-log-capture.ts) patches process.stdout
    // and is not reentrant, so two restores at once would leave it patched.
    const [sizes, restored] = await io.group('Restore the build outputs and the size history', async () => {
        const history = await restoreSizeHistory(io, deps.cache, context, inputs.cache, sizeHistoryPlace);
        const outputs = key === undefined ? { hit: false, note: 'Not cached: no git repository.' } : await restoreOutputs(io, deps.cache, context, inputs.cache, key, directory, staging);
        return [history, outputs];
    });
    notes.push(restored.note, sizes.note);
    // 3. Build (unless an exact hit restored the outputs) and package.
    let outputs = [];
    const artifacts = [];
    const built = [];
    const packedBy = new Map();
    if (restored.hit) {
        for (const name of restored.restoredArtifacts ?? [])
            artifacts.push({ file: external_node_path_default().join(staging, name), kind: kindOf(name) });
        outputs = restored.restoredOutputs ?? [];
    }
    else if (plan.language === 'node') {
        const before = (await untrackedEntries(deps.run, directory)) ?? [];
        const started = Date.now();
        if (plan.toBuild.length === 0) {
            report.nothingBuilt = `Nothing to build: no package has a '${inputs.buildScript}' script${plan.members.length > 1 ? ` (${plan.members.length} workspace members looked at)` : ''}.`;
        }
        else {
            const maxParallel = inputs.maxParallel ?? Math.max(1, external_node_os_default().availableParallelism());
            const result = await io.group(`Build: ${plan.manager} run ${inputs.buildScript} (${plan.toBuild.length} package${plan.toBuild.length === 1 ? '' : 's'}, up to ${maxParallel} at once)`, () => buildMembers(deps, plan.manager, directory, plan.members, inputs.buildScript, maxParallel, inputs.timeoutMinutes));
            report.builds = result.builds;
            built.push(...result.builds.filter((build) => build.ok).map((build) => build.member));
            if (result.failure) {
                const annotations = planAnnotations(result.findings);
                annotate(io, annotations.annotated);
                report.overflow = annotations.overflow;
                return fail(`The build failed: ${result.failure}`);
            }
        }
        outputs = await buildOutputs(deps.run, directory, before, started, (0,output_folders/* artifactsInsideProject */.bF)(directory, inputs.artifactsDirectory));
        if (plan.toPack.length > 0) {
            await io.group(`Pack ${plan.toPack.length} package${plan.toPack.length === 1 ? '' : 's'}: ${plan.manager} pack`, async () => {
                for (const member of plan.toPack) {
                    const file = await packMember(deps, plan.manager, directory, member, staging);
                    packedBy.set(external_node_path_default().basename(file), member);
                    artifacts.push({ file, kind: 'npm', files: Array.isArray(member.packageJson.files) ? member.packageJson.files.filter((item) => typeof item === 'string') : undefined });
                }
            });
        }
    }
    else if (python) {
        const epoch = await quiet(deps, 'git', ['log', '-1', '--format=%ct'], directory);
        notes.push(epoch ? `SOURCE_DATE_EPOCH=${epoch} (the commit time): the same commit gives the same bytes.` : 'No commit time (not a git repository): SOURCE_DATE_EPOCH is unset, so the packages are not reproducible.');
        if (!python.backendInstalled)
            notes.push(`The build backend is not installed for ${python.executable}: python -m build made an isolated environment for it (this needs the package index).`);
        const result = await io.group(`Build the sdist and wheel: ${python.executable} -m build`, () => buildPythonPackages(deps, python, directory, staging, epoch, inputs.timeoutMinutes));
        report.builds = [{ member: projectNameOf(where.snapshot) ?? where.projectPath, command: result.command, milliseconds: result.milliseconds, ok: result.failure === undefined }];
        if (result.failure)
            return fail(`The build failed: ${result.failure}`);
        built.push(report.builds[0].member);
        for (const name of (await (0,promises_.readdir)(staging)).sort()) {
            if (!PACKAGE_FILE.test(name))
                continue;
            const file = external_node_path_default().join(staging, name);
            if (epoch && name.endsWith('.tar.gz'))
                await (0,promises_.writeFile)(file, clampTarGzTimes(await (0,promises_.readFile)(file), Number(epoch)));
            artifacts.push({ file, kind: kindOf(name), shippedOnPurpose: shippedOnPurpose(where.snapshot) });
        }
    }
    else {
        report.nothingBuilt = "Nothing to build: the Python project has no build backend ([build-system] or setup.py) and 'package' is not true.";
    }
    // 4. Verify: declared outputs, every package, versions.
    await io.group('Verify the outputs and packages', async () => {
        for (const member of plan.toBuild) {
            for (const output of declaredOutputs(member.packageJson)) {
                const present = await (0,promises_.stat)(external_node_path_default().join(directory, member.directory, output.file)).then((info) => info.isFile() || info.isDirectory(), () => false);
                report.declaredOutputs.push({ member: member.name, field: output.field, file: external_node_path_default().posix.join(member.directory, output.file), present });
            }
        }
        const budget = { maxSize: inputs.maxSize, maxIncreasePercent: inputs.maxSizeIncrease, failOnSize: inputs.failOnSize };
        for (const artifact of artifacts) {
            if (artifact.kind === 'npm' && artifact.files === undefined) {
                const member = packedBy.get(external_node_path_default().basename(artifact.file)) ?? plan.toPack.find((candidate) => external_node_path_default().basename(artifact.file).startsWith(candidate.name.replace(/^@/, '').replace(/\//g, '-')));
                const files = member?.packageJson.files;
                if (Array.isArray(files))
                    artifact.files = files.filter((item) => typeof item === 'string');
            }
            report.artifacts.push(await verifyArtifact(artifact, sizes.history?.sizes, budget));
        }
        report.versions = versionCheck(deps, plan, where.snapshot, report.artifacts);
    });
    for (const artifact of report.artifacts)
        for (const problem of artifact.problems.filter((p) => p.level === 'warning'))
            io.warning(`${artifact.file}: ${problem.message}`);
    const failures = buildFailures(report);
    if (failures.length > 0)
        return fail(`The build's verification failed: nothing was written to ${relative(where.artifactsDirectory)}.`, failures);
    // 5. Hand the verified packages over, then keep what this build made.
    await (0,promises_.mkdir)(where.artifactsDirectory, { recursive: true });
    for (const name of await (0,promises_.readdir)(where.artifactsDirectory))
        if (PACKAGE_FILE.test(name))
            await (0,promises_.rm)(external_node_path_default().join(where.artifactsDirectory, name), { force: true });
    const delivered = [];
    for (const artifact of report.artifacts) {
        const target = external_node_path_default().join(where.artifactsDirectory, artifact.file);
        await (0,promises_.rename)(artifact.path, target).catch(() => (0,promises_.cp)(artifact.path, target));
        delivered.push(target);
    }
    if (key !== undefined && !restored.hit)
        notes.push(await saveOutputs(io, deps.cache, context, inputs.cache, key, directory, outputs, delivered));
    else if (restored.hit)
        notes.push('The restored entry is not saved again.');
    if (report.artifacts.length > 0) {
        const sizesNow = Object.fromEntries(report.artifacts.map((artifact) => [artifact.stableName, artifact.size]));
        const unchanged = sizes.history !== undefined && JSON.stringify(Object.entries(sizes.history.sizes).sort()) === JSON.stringify(Object.entries(sizesNow).sort());
        notes.push(unchanged ? 'Size history unchanged: not saved again.' : await saveSizeHistory(io, deps.cache, context, inputs.cache, sizeHistoryPlace, sizesNow, deps.now()));
    }
    actionOutputs.setOutput('artifacts', delivered.map(relative).join('\n'));
    actionOutputs.setOutput('version', report.versions?.version ?? '');
    actionOutputs.setOutput('cache-hit', String(restored.hit));
    actionOutputs.setOutput('built', built.join(','));
    // 6. Publish exactly the packages just verified, when asked.
    const publishing = inputs.publish === 'none' ? undefined : await publishPackages(deps, { choice: inputs.publish, files: delivered, directory, token: inputs.registryToken, repositoryUrl: inputs.repositoryUrl });
    if (publishing)
        actionOutputs.setOutput('published', publishing.published.map(relative).join('\n'));
    if (publishing)
        report.publishing = publishing;
    if (publishing?.failure)
        return fail(`Publishing failed: ${publishing.failure}`);
    if (publishing?.skipped)
        io.notice(publishing.skipped);
    await io.writeSummary(buildSummary(report));
    io.info(`Build of ${where.projectPath}: ${restored.hit ? 'outputs restored from the cache' : `${built.length} built`}, ${delivered.length} packages verified.`);
    return { ok: true, artifacts: delivered, version: report.versions?.version, cacheHit: restored.hit, built };
}

;// CONCATENATED MODULE: ./src/core/image/build-plan.ts



function ociLabels(facts) {
    const labels = {};
    const put = (name, value) => {
        if (value !== undefined && value.trim() !== '')
            labels[`org.opencontainers.image.${name}`] = value.trim().replace(/[\r\n]+/g, ' ');
    };
    put('title', facts.title);
    put('version', facts.version);
    put('revision', facts.revision);
    put('source', facts.source);
    put('created', facts.created);
    put('licenses', facts.licenses);
    return labels;
}
/** The stage names of a Dockerfile in order (`FROM image AS name`), continuation lines and comments handled. */
function dockerfileStages(text) {
    const logical = [];
    let current = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (/^\s*#/.test(line) && current === '')
            continue;
        if (line.endsWith('\\')) {
            current += `${line.slice(0, -1)} `;
            continue;
        }
        logical.push(current + line);
        current = '';
    }
    if (current !== '')
        logical.push(current);
    const stages = [];
    for (const line of logical) {
        const match = /^\s*FROM\s+(.*)$/i.exec(line);
        if (!match)
            continue;
        const words = match[1].trim().split(/\s+/).filter((word) => !word.startsWith('--'));
        if (words.length >= 3 && words[1].toLowerCase() === 'as')
            stages.push(words[2].toLowerCase());
        else
            stages.push('');
    }
    return stages;
}
/** The named stages a classic build must build and keep (with --target) so a later build can reuse their layers. */
function stagesToCache(stages, target) {
    const end = target === undefined ? stages.length - 1 : stages.indexOf(target.toLowerCase());
    if (target !== undefined && end < 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'target' is '${target}', but the Dockerfile has no stage of that name (stages: ${stages.filter(Boolean).join(', ') || 'none named'}).`);
    }
    return stages.slice(0, Math.max(end, 0)).filter((stage) => stage !== '');
}
/**
 * The classic builder's `--cache-from` sources from the saved images' chains: every image of every chain (each
 * `docker history -q` listing, newest first, `<missing>` where the engine has no id), once, shallowest first.
 * The classic builder takes, at each step, the first source whose history starts with the parent's and whose
 * next entry is the step, then narrows the stage to that one source; stages that start alike (a final stage
 * `FROM base` + `WORKDIR` like the dependency stage's) would all narrow to whichever chain comes first and miss
 * the rest. A source that ends at exactly the step is taken without narrowing, so with every intermediate image
 * listed shallowest first each step finds its own image, whichever stage it is in.
 */
function build_plan_cacheSources(chains) {
    const depth = new Map();
    for (const chain of chains) {
        chain.forEach((id, index) => {
            if (/^(sha256:)?[0-9a-f]{12,64}$/.test(id) && !depth.has(id))
                depth.set(id, chain.length - index);
        });
    }
    return [...depth.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
/**
 * The builds one run makes. Classic: each named stage with `--target` under its cache tag (so a later run can reuse
 * its layers), then the image, also under the final cache tag; each with `--cache-from` the restored chains'
 * images (cacheSources: shallowest first) and then the cache tags, which the earlier builds of this run moved to
 * what they built. buildx: one build, its cache in type=gha.
 */
function buildSteps(facts) {
    if (facts.builder === 'buildx')
        return [{ target: facts.target, references: facts.references, cacheFrom: [] }];
    const cacheFrom = [...facts.restored, ...facts.stages.map((stage) => facts.stageTag(stage)), facts.stageTag('')];
    return [
        ...facts.stages.map((stage) => ({ target: stage, references: [facts.stageTag(stage)], cacheFrom })),
        { target: facts.target, references: [...facts.references, facts.stageTag('')], cacheFrom },
    ];
}
function build_plan_safe(part, length = 40) {
    return part.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, length);
}
const IMAGE_CACHE_SCHEMA = 'v1';
function layerCacheKeys(facts) {
    const platform = [facts.platform.os, facts.platform.arch, facts.platform.image].filter((part) => part).map((part) => build_plan_safe(String(part), 16)).join('-');
    const scopeDigest = (0,hashing/* digestParts */.z)([
        { name: 'repository', content: facts.repository },
        { name: 'dockerfile', content: facts.dockerfile },
        { name: 'target', content: facts.target ?? '' },
    ]).slice(0, 12);
    const scope = `${build_plan_safe(facts.repository.split('/').pop() ?? 'image', 48)}-${scopeDigest}`;
    const prefix = `build-actions-image-${IMAGE_CACHE_SCHEMA}-${cacheVersionSegment(facts.cacheVersion)}${platform}-${scope}-`;
    const branch = (name) => `${build_plan_safe(name ?? 'detached', 48)}-`;
    const fileDigest = (0,hashing/* digestParts */.z)([{ name: 'dockerfile', content: facts.dockerfileText }]).slice(0, 12);
    const primaryKey = `${prefix}${branch(facts.branch)}${fileDigest}-`;
    const restoreKeys = [primaryKey, `${prefix}${branch(facts.branch)}`];
    if (facts.defaultBranch !== undefined && facts.defaultBranch !== facts.branch)
        restoreKeys.push(`${prefix}${branch(facts.defaultBranch)}`);
    return {
        scope,
        ghaScope: `${cacheVersionSegment(facts.cacheVersion)}${scope}`,
        primaryKey,
        restoreKeys: restoreKeys.slice(1),
        sizePrefix: `image-sizes-v${IMAGE_CACHE_SCHEMA}-${cacheVersionSegment(facts.cacheVersion)}${platform}-${scope}-`,
        saveKey: (imageId) => `${primaryKey}${build_plan_safe(imageId.replace(/^sha256:/, ''), 16)}`,
        stageTag: (stage) => `build-actions-cache/${scope}:${build_plan_safe(stage === '' ? 'final' : `stage-${stage}`, 100)}`,
    };
}
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CREDENTIAL_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIAL|_KEY$|^KEY$|APIKEY|API_KEY|PRIVATE)/i;
/** `NAME=value` lines (a value may hold `=`); a line without `=` is refused. */
function parseKeyValueList(input, raw) {
    const entries = [];
    for (const line of raw.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const at = line.indexOf('=');
        const name = (at < 0 ? line : line.slice(0, at)).trim();
        if (at < 0 || !BUILD_ARG_NAME.test(name)) {
            const shownName = name.length > 60 ? `${name.slice(0, 60)}…` : name;
            throw new errors/* ConfigurationError */.j1(`Input '${input}' takes one NAME=value per line, NAME made of letters, digits and '_' (got a line starting '${shownName}').`);
        }
        if (line.includes('\0'))
            throw new errors/* ConfigurationError */.j1(`Input '${input}' gives '${name}' a value with a NUL character, which no process environment can hold.`);
        entries.push({ name, value: line.slice(at + 1) });
    }
    const seen = new Set();
    for (const entry of entries) {
        if (seen.has(entry.name))
            throw new errors/* ConfigurationError */.j1(`Input '${input}' names '${entry.name}' twice.`);
        seen.add(entry.name);
    }
    return entries;
}
/**
 * Build args are kept in the image history for anyone who pulls it: a credential-looking name, or a value
 * that is a registered secret, is refused with what to do instead. The message never holds the value.
 */
function checkBuildArgs(args, secretValues, buildx) {
    const howTo = buildx
        ? `pass it in 'secrets' instead (a BuildKit secret mount: RUN --mount=type=secret,id=NAME), which leaves nothing in the image`
        : `pass it in 'secrets' instead (a BuildKit secret mount: RUN --mount=type=secret,id=NAME); secrets need buildx (docker/setup-buildx-action), which this engine does not have`;
    for (const arg of args) {
        if (CREDENTIAL_NAME.test(arg.name)) {
            throw new errors/* ConfigurationError */.j1(`Input 'build-args' has '${arg.name}', whose name looks like a credential: build args stay in the image history. Remove it and ${howTo}.`);
        }
        if (arg.value.length >= 4 && secretValues.has(arg.value)) {
            throw new errors/* ConfigurationError */.j1(`Input 'build-args' gives '${arg.name}' the value of a registered secret: build args stay in the image history. Remove it and ${howTo}.`);
        }
    }
}
function secretEnvName(id) {
    return `BUILD_ACTIONS_SECRET_${id.toUpperCase()}`;
}
/** The `docker` argument list for one build (pure: tested row by row, for buildx by its arguments alone). */
function buildArguments(request) {
    const args = request.builder === 'buildx' ? ['buildx', 'build', '--load', '--provenance=false'] : ['build'];
    args.push('--file', request.file, '--iidfile', request.iidFile);
    for (const reference of request.references)
        args.push('--tag', reference);
    for (const [name, value] of Object.entries(request.labels))
        args.push('--label', `${name}=${value}`);
    for (const name of request.buildArgNames)
        args.push('--build-arg', name);
    if (request.target !== undefined)
        args.push('--target', request.target);
    if (request.builder === 'buildx') {
        for (const id of request.secretIds)
            args.push('--secret', `id=${id},env=${secretEnvName(id)}`);
        if (request.ghaScope !== undefined) {
            args.push('--cache-from', `type=gha,scope=${request.ghaScope}`);
            if (request.ghaWrite)
                args.push('--cache-to', `type=gha,scope=${request.ghaScope},mode=max,ignore-error=true`);
        }
    }
    else {
        if (request.secretIds.length > 0)
            throw new errors/* ConfigurationError */.j1("Input 'secrets' needs buildx (BuildKit secret mounts); this engine has the classic builder only: add docker/setup-buildx-action before this step.");
        for (const image of request.cacheFrom)
            args.push('--cache-from', image);
    }
    // `--` is not understood by docker build; the context comes last and is checked to not start with '-'.
    if (request.context.startsWith('-'))
        throw new errors/* ConfigurationError */.j1(`Input 'context' must be a folder path (got '${request.context}').`);
    args.push(request.context);
    return args;
}

;// CONCATENATED MODULE: ./src/core/image/naming.ts



/** Docker's grammar: path components of lowercase alphanumerics joined by `.`, `_`, `__` or dashes. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A registry host: a domain or IPv4 address with an optional port (`localhost:5000`, `ghcr.io`). */
const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]{1,5})?$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function shown(value) {
    const oneLine = value.replace(/[\r\n]+/g, '\\n');
    return `'${oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine}'`;
}
/**
 * A service name made a valid repository name: the package scope dropped, lowercased, every run of
 * characters Docker does not accept turned into one dash, separators trimmed. undefined when nothing is left.
 */
function repositoryNameFrom(name) {
    const unscoped = name.trim().replace(/^@[^/]+\//, '');
    const cleaned = unscoped
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/[._-]*[-][._-]*/g, '-')
        .replace(/[._]{2,}/g, '_')
        .replace(/^[._-]+|[._-]+$/g, '');
    return cleaned === '' ? undefined : cleaned.slice(0, 128).replace(/[._-]+$/, '');
}
/** The service name from package.json `name` or pyproject's `[project].name` / `[tool.poetry].name`. */
function serviceNameFromManifests(packageJson, pyproject) {
    const candidates = [stringAt(packageJson, 'name'), stringAt(pyproject, 'project', 'name'), stringAt(pyproject, 'tool', 'poetry', 'name')];
    for (const candidate of candidates) {
        const name = candidate === undefined ? undefined : repositoryNameFrom(candidate);
        if (name !== undefined)
            return name;
    }
    return undefined;
}
/** The version of package.json, pyproject's [project] or [tool.poetry]. */
function manifestVersion(packageJson, pyproject) {
    return stringAt(packageJson, 'version') ?? stringAt(pyproject, 'project', 'version') ?? stringAt(pyproject, 'tool', 'poetry', 'version');
}
/** SPDX license of the manifest (package.json `license`, pyproject `license` as a string or `{ text }`). */
function manifestLicense(packageJson, pyproject) {
    return stringAt(packageJson, 'license') ?? stringAt(pyproject, 'project', 'license') ?? stringAt(pyproject, 'project', 'license', 'text') ??
        (objectAt(pyproject, 'tool', 'poetry') ? stringAt(pyproject, 'tool', 'poetry', 'license') : undefined);
}
/** Checks an `image` input (optionally with a registry host) and returns it as given. */
function validateRepository(input, value) {
    if (value.length > 255)
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be a repository name of at most 255 characters (got ${value.length} characters).`);
    const components = value.split('/');
    const bad = components.find((component) => !PATH_COMPONENT.test(component));
    if (bad !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be a repository name: lowercase letters, digits and separators (. _ -) in path components joined by '/', ` +
            `e.g. 'orders-service' or 'team/orders-service' (got ${shown(value)}).`);
    }
    return value;
}
function validateRegistry(value) {
    const host = value.replace(/\/+$/, '');
    const [first, ...rest] = host.split('/');
    if (!REGISTRY_HOST.test(first) || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
        throw new errors/* ConfigurationError */.j1(`Input 'registry' must be a registry host with an optional port and namespace, e.g. 'ghcr.io/octo-org' or '127.0.0.1:5000' (got ${shown(value)}).`);
    }
    if (rest.length > 0)
        validateRepository('registry', rest.join('/'));
    return host;
}
function validateTag(input, value) {
    if (!TAG.test(value)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must give tags of 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-' (got ${shown(value)}).`);
    }
    return value;
}
/** `v1.2.3` → `1.2.3` when the run builds a tag, else the manifest's version; undefined when neither says. */
function imageVersion(ref, fromManifest) {
    if (ref.refType === 'tag' && ref.refName) {
        const name = ref.refName.replace(/^v(?=\d)/, '');
        return { version: name, source: `the tag ${ref.refName}` };
    }
    if (fromManifest !== undefined && fromManifest.trim() !== '')
        return { version: fromManifest.trim(), source: 'the manifest' };
    return undefined;
}
/**
 * Whether `latest` moves. `auto`: only for a stable semver version (no prerelease) built from a tag or the
 * default branch. `true` still refuses a prerelease: `latest` must never point at one.
 */
function decideLatest(choice, version, ref) {
    if (choice === 'false')
        return { latest: false, reason: "input 'latest' is false" };
    const parsed = semver_default().parse(version, { loose: false });
    const prerelease = parsed !== null && parsed.prerelease.length > 0;
    if (choice === 'true') {
        if (prerelease) {
            throw new errors/* ConfigurationError */.j1(`Input 'latest' is true, but version '${version}' is a prerelease: 'latest' is guarded and never points at a prerelease. ` +
                `Use latest: auto (moves it for stable versions only) or publish a stable version.`);
        }
        return { latest: true, reason: "input 'latest' is true" };
    }
    if (parsed === null)
        return { latest: false, reason: `version '${version}' is not a semantic version` };
    if (prerelease)
        return { latest: false, reason: `version '${version}' is a prerelease` };
    if (ref.refType === 'tag')
        return { latest: true, reason: `stable version built from the tag ${ref.refName ?? ''}`.trim() };
    if (ref.refType === 'branch' && ref.defaultBranch !== undefined && ref.refName === ref.defaultBranch) {
        return { latest: true, reason: `stable version built from the default branch ${ref.defaultBranch}` };
    }
    const where = ref.refName ? `${ref.refType ?? 'ref'} ${ref.refName}` : 'an unknown ref';
    return { latest: false, reason: `built from ${where}, not a tag or the default branch${ref.defaultBranch ? ` (${ref.defaultBranch})` : ''}` };
}
/** Splits a list input on newlines and commas; blank entries dropped. */
function listInput(raw) {
    return raw.split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}
function planTags(repository, version, extraTags, latest) {
    validateTag('version', version);
    for (const tag of extraTags)
        validateTag('tags', tag);
    const tags = [...new Set([version, ...(latest.latest ? ['latest'] : []), ...extraTags])];
    if (!latest.latest && extraTags.includes('latest')) {
        throw new errors/* ConfigurationError */.j1(`Input 'tags' lists 'latest', but latest does not move for this run: ${latest.reason}. Use the 'latest' input instead.`);
    }
    return { repository, tags, references: tags.map((tag) => `${repository}:${tag}`), latest };
}

;// CONCATENATED MODULE: ./src/core/image/scan.ts


const SEVERITIES = ['unknown', 'low', 'medium', 'high', 'critical'];
function normalSeverity(value) {
    const lowered = (typeof value === 'string' ? value : '').toLowerCase();
    if (lowered === 'negligible')
        return 'low';
    return SEVERITIES.includes(lowered) ? lowered : 'unknown';
}
function scan_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** `trivy image --format json`: Results[].Vulnerabilities[] (documented schema 2). */
function parseTrivyJson(output) {
    const report = parseJson('trivy', output);
    const found = [];
    for (const result of report.Results ?? []) {
        for (const vulnerability of result.Vulnerabilities ?? []) {
            found.push({
                id: scan_text(vulnerability.VulnerabilityID) ?? 'unknown',
                severity: normalSeverity(vulnerability.Severity),
                packageName: scan_text(vulnerability.PkgName) ?? 'unknown',
                installedVersion: scan_text(vulnerability.InstalledVersion) ?? '',
                fixedVersion: scan_text(vulnerability.FixedVersion),
                title: scan_text(vulnerability.Title),
                target: scan_text(result.Target),
            });
        }
    }
    return found;
}
/** `grype IMAGE -o json`: matches[] of { vulnerability: { id, severity, fix }, artifact: { name, version } }. */
function parseGrypeJson(output) {
    const report = parseJson('grype', output);
    return (report.matches ?? []).map((match) => {
        const vulnerability = match.vulnerability ?? {};
        const artifact = match.artifact ?? {};
        const fix = vulnerability.fix;
        const locations = artifact.locations;
        return {
            id: scan_text(vulnerability.id) ?? 'unknown',
            severity: normalSeverity(vulnerability.severity),
            packageName: scan_text(artifact.name) ?? 'unknown',
            installedVersion: scan_text(artifact.version) ?? '',
            fixedVersion: (fix?.versions ?? []).filter((version) => typeof version === 'string').join(', ') || undefined,
            title: scan_text(vulnerability.description),
            target: scan_text(locations?.[0]?.path),
        };
    });
}
function parseJson(scanner, output) {
    const start = output.indexOf('{');
    try {
        const parsed = JSON.parse(start > 0 ? output.slice(start) : output);
        if (parsed === null || typeof parsed !== 'object')
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${scanner} did not print its JSON report (${error.message}); its output began: ${output.slice(0, 200)}`);
    }
}
function atOrAbove(severity, threshold) {
    return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
}
function scanVerdict(found, threshold) {
    const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
    for (const vulnerability of found)
        counts[vulnerability.severity] += 1;
    const blocking = found.filter((vulnerability) => vulnerability.severity !== 'unknown' && atOrAbove(vulnerability.severity, threshold));
    return { result: blocking.length > 0 ? 'failed' : 'passed', blocking, counts };
}
/** Findings most severe first, then by id, for the summary table. */
function rankVulnerabilities(found) {
    return [...found].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.id.localeCompare(b.id) || a.packageName.localeCompare(b.packageName));
}
const SARIF_LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', unknown: 'none' };
/** SARIF 2.1.0 of the findings, one rule per vulnerability id; results point at the Dockerfile (code scanning needs a file). */
function sarifReport(scanner, image, dockerfile, found) {
    const rules = new Map();
    for (const vulnerability of found) {
        if (!rules.has(vulnerability.id)) {
            rules.set(vulnerability.id, {
                id: vulnerability.id,
                shortDescription: { text: vulnerability.title ?? vulnerability.id },
                properties: { 'security-severity': { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', unknown: '0.0' }[vulnerability.severity], tags: ['security', 'container'] },
            });
        }
    }
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: { driver: { name: scanner, informationUri: scanner === 'trivy' ? 'https://github.com/aquasecurity/trivy' : 'https://github.com/anchore/grype', rules: [...rules.values()] } },
                results: found.map((vulnerability) => ({
                    ruleId: vulnerability.id,
                    level: SARIF_LEVEL[vulnerability.severity],
                    message: {
                        text: `${vulnerability.packageName} ${vulnerability.installedVersion} in ${image} has ${vulnerability.id} (${vulnerability.severity})` +
                            (vulnerability.fixedVersion ? `; fixed in ${vulnerability.fixedVersion}` : '; no fix yet'),
                    },
                    locations: [{ physicalLocation: { artifactLocation: { uri: dockerfile }, region: { startLine: 1 } } }],
                })),
            },
        ],
    };
}
/**
 * The scanner's database in the Actions cache: one entry a day (`day` is YYYY-MM-DD; the scanner refreshes what is
 * older), the newest under `prefix` restored when today's is not there yet. `cacheVersion` is the input.
 */
function scanDatabaseKeys(scanner, platform, day, cacheVersion) {
    const prefix = `build-actions-scandb-${cacheVersionSegment(cacheVersion)}${scanner}-${platform.os}-${platform.arch}-`;
    return { key: `${prefix}${day}`, prefix };
}
/** The scanner's argument list for a local image, with JSON on stdout. */
function scannerArguments(scanner, image, cacheDir) {
    if (scanner === 'trivy')
        return ['image', '--format', 'json', '--quiet', '--cache-dir', cacheDir, image];
    return [`docker:${image}`, '--output', 'json'];
}
/** Sizes like `500MB`, `1.5GiB`, `200m`, or plain bytes. */
function scan_parseSize(input, raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value);
    if (!match)
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be a size such as 300MB, 1.5GB or a number of bytes (got '${value.slice(0, 60)}').`);
    const unit = (match[2] ?? 'b').toLowerCase();
    const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
    return Math.round(Number(match[1]) * factor);
}

;// CONCATENATED MODULE: ./src/actions/publish-image/inputs.ts







/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
const PUBLISH_IMAGE_INPUTS = [
    'working-directory', 'context', 'file', 'image', 'registry', 'username', 'password', 'version', 'latest', 'tags',
    'build-args', 'secrets', 'target', 'push', 'cache', 'cache-version', 'scan', 'severity-threshold', 'max-size', 'timeout-minutes',
];
const PUBLISH_IMAGE_OUTPUTS = ['image', 'tags', 'digest', 'image-id', 'size-bytes', 'cache-result', 'scan-result', 'sarif-file'];
/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
const inputs_PUBLISH_IMAGE_NAMES = declareNames({ inputs: PUBLISH_IMAGE_INPUTS, outputs: PUBLISH_IMAGE_OUTPUTS, state: ['publish-image'] });
/** The 'scan' input: the action and `explain` read it the same way. */
function parseScanChoice(raw) {
    return parseEnumInput('scan', raw, ['auto', 'trivy', 'grype', 'none'], 'auto');
}
const MAX_INPUT = 64 * 1024;
function optional(raw) {
    const value = raw.trim();
    return value === '' ? undefined : value;
}
function singleLine(name, value) {
    if (value !== undefined && /[\r\n\0]/.test(value))
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a single line (got ${value.split(/\r?\n/).length} lines).`);
    return value;
}
/** A folder or file inside the working directory: relative, with no `..` step out of it. */
function insidePath(name, value) {
    singleLine(name, value);
    const parts = value.split(/[\\/]+/);
    if (value.startsWith('/') || parts.includes('..')) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a path inside the working directory, without '..' (got '${value.slice(0, 120)}').`);
    }
    if (parts.some((part) => Buffer.byteLength(part) > 255)) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a usable path: a file or folder name is at most 255 bytes (got '${value.slice(0, 80)}…', ${value.length} characters).`);
    }
    return value;
}
/**
 * Reads all inputs once. The password and the secrets' values are masked by the caller (`secretInputs`)
 * before this runs, so no error below can print them.
 */
function readPublishImageInputs(read) {
    for (const name of PUBLISH_IMAGE_INPUTS) {
        if (read(name).length > MAX_INPUT)
            throw new errors/* ConfigurationError */.j1(`Input '${name}' is longer than ${MAX_INPUT} characters (got ${read(name).length}).`);
    }
    const image = singleLine('image', optional(read('image')));
    const registry = singleLine('registry', optional(read('registry')));
    const target = singleLine('target', optional(read('target')));
    if (target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
        throw new errors/* ConfigurationError */.j1(`Input 'target' must be a stage name (got '${target.slice(0, 120)}').`);
    const username = singleLine('username', optional(read('username')));
    const password = read('password').trim() === '' ? undefined : read('password').replace(/\r?\n$/, '');
    if ((username === undefined) !== (password === undefined) && registry !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Inputs 'username' and 'password' go together: ${username === undefined ? "'password' is set but 'username' is empty" : "'username' is set but 'password' is empty"}.`);
    }
    return {
        workingDirectory: singleLine('working-directory', parseStringInput(read('working-directory'), '.')),
        context: insidePath('context', parseStringInput(read('context'), '.')),
        file: insidePath('file', parseStringInput(read('file'), 'Dockerfile')),
        image: image === undefined ? undefined : validateRepository('image', image),
        registry: registry === undefined ? undefined : validateRegistry(registry),
        username,
        password,
        version: singleLine('version', optional(read('version'))),
        latest: parseEnumInput('latest', read('latest'), ['auto', 'true', 'false'], 'auto'),
        tags: listInput(read('tags')),
        buildArgs: parseKeyValueList('build-args', read('build-args')),
        secrets: parseKeyValueList('secrets', read('secrets')),
        target,
        push: parseBooleanInput('push', read('push'), true),
        cache: parseBooleanInput('cache', read('cache'), true),
        cacheVersion: parseCacheVersion(read('cache-version')),
        scan: parseScanChoice(read('scan')),
        severityThreshold: parseEnumInput('severity-threshold', read('severity-threshold'), SEVERITIES.filter((s) => s !== 'unknown'), 'high'),
        maxSizeBytes: scan_parseSize('max-size', read('max-size')),
        timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
    };
}
/** The values to mask before anything else runs: the password and every `secrets` value, as given. */
function secretInputs(read) {
    const values = [];
    const password = read('password');
    if (password.trim() !== '')
        values.push(password, password.trim(), password.replace(/\r?\n$/, ''));
    for (const line of read('secrets').split(/\r?\n/)) {
        const at = line.indexOf('=');
        if (at >= 0 && line.slice(at + 1) !== '')
            values.push(line.slice(at + 1));
    }
    return [...new Set(values.filter((value) => value.trim() !== ''))];
}

;// CONCATENATED MODULE: ./src/core/image/report.ts

const MAX_ROWS = 50;
/** The image's size, its budget and its change against the default branch's last push. */
function imageSizeText(report) {
    const budget = report.maxSizeBytes !== undefined ? ` (budget ${(0,summary_document/* formatBytes */.z3)(report.maxSizeBytes)})` : '';
    const before = report.sizeBefore;
    if (before === undefined || report.sizeBytes === undefined)
        return `${(0,summary_document/* formatBytes */.z3)(report.sizeBytes)}${budget}`;
    if (before.bytes === undefined)
        return `${(0,summary_document/* formatBytes */.z3)(report.sizeBytes)}${budget}; ${before.note}`;
    const delta = report.sizeBytes - before.bytes;
    const percent = before.bytes === 0 ? '' : ` (${delta >= 0 ? '+' : '-'}${Math.abs((delta / before.bytes) * 100).toFixed(1)}%)`;
    return `${(0,summary_document/* formatBytes */.z3)(report.sizeBytes)}${budget}, ${delta >= 0 ? '+' : '-'}${(0,summary_document/* formatBytes */.z3)(Math.abs(delta))}${percent} against the default branch's last push${before.ref ? ` (${before.ref})` : ''}`;
}
function publishImageSummary(report) {
    const rows = [
        ['Image', `\`${report.repository}\``],
        ['Tags', report.tags.map((tag) => `\`${tag}\``).join(', ')],
        ['latest', report.latestReason],
        ['Digest', report.digest ? `\`${report.digest}\`` : report.pushNote],
        ['Size', imageSizeText(report)],
        ...(report.registrySize !== undefined ? [['In the registry', `${(0,summary_document/* formatBytes */.z3)(report.registrySize)} compressed`]] : []),
        ['Builder', report.builder],
        ['Layer cache', `${report.cacheResult}: ${report.cacheDetail}`],
        ['Layers', report.layers ? `${report.layers.cached} from cache, ${report.layers.built} built` : 'not counted'],
        ['Secret check', report.secretCheck],
        ['Scan', `**${report.scan.result}**: ${report.scan.detail}`],
    ];
    const document = [
        { kind: 'heading', text: 'publish-image' },
        { kind: 'table', header: ['', ''], rows },
        { kind: 'table', header: ['Phase', 'Seconds'], rows: report.phases.map((phase) => [phase.name, (0,summary_document/* formatSeconds */.Xo)(phase.milliseconds)]) },
    ];
    if (report.scan.findings.length > 0) {
        document.push({ kind: 'heading', text: 'Vulnerabilities' });
        document.push({
            kind: 'table',
            header: ['Severity', 'Id', 'Package', 'Installed', 'Fixed in'],
            rows: report.scan.findings.slice(0, MAX_ROWS).map((v) => [v.severity, v.id, v.packageName, v.installedVersion, v.fixedVersion ?? 'no fix yet']),
        });
        if (report.scan.findings.length > MAX_ROWS)
            document.push({ kind: 'paragraph', text: `${report.scan.findings.length - MAX_ROWS} more in the SARIF file.` });
    }
    return document;
}

;// CONCATENATED MODULE: ./src/core/image/secret-search.ts
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )?PRIVATE KEY-----/;
const SSH_KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
function basename(path) {
    const parts = path.replace(/\/+$/, '').split('/');
    return parts[parts.length - 1] ?? '';
}
/** Files worth reading (their content decides): small enough, and of a kind that may hold a key or token. */
function mayHoldSecret(path, size) {
    if (size > 1024 * 1024)
        return false;
    const name = basename(path);
    return SSH_KEY_NAMES.has(name) || name.endsWith('.pem') || name.endsWith('.key') || name === '.npmrc' || name === '.pypirc' ||
        name === '.env' || name.startsWith('.env.') || name === '.netrc' || name === 'credentials';
}
/** Whether a file's name and content make it a key file. Public certificates (*.pem without a private key) pass. */
function keyFileKind(path, content) {
    const name = basename(path);
    if (SSH_KEY_NAMES.has(name))
        return 'an SSH private key';
    if ((name.endsWith('.pem') || name.endsWith('.key')) && PRIVATE_KEY.test(content))
        return 'a private key';
    if (name === '.npmrc' && /_authToken\s*=|_auth\s*=|_password\s*=/.test(content))
        return 'an .npmrc with a registry token';
    if (name === '.pypirc' && /^\s*password\s*[=:]/m.test(content))
        return 'a .pypirc with a password';
    if (name === '.netrc' && /\bpassword\s+\S/.test(content))
        return 'a .netrc with a password';
    if (name === '.env' || (name.startsWith('.env.') && !/\.(example|sample|template|dist)$/.test(name)))
        return 'a .env file';
    return undefined;
}
/** The registered secret values (of at least 4 characters) that occur in a text. Returns how many, never which. */
function containsSecretValue(text, secrets) {
    return secrets.some((secret) => secret.length >= 4 && text.includes(secret));
}
function searchMetadata(metadata, secrets) {
    const findings = [];
    metadata.history.forEach((step, index) => {
        if (containsSecretValue(step, secrets))
            findings.push({ where: `history step ${index + 1}`, what: 'a secret value in the command that made the layer' });
    });
    for (const [name, value] of Object.entries(metadata.labels)) {
        if (containsSecretValue(`${name}=${value}`, secrets))
            findings.push({ where: `label ${name}`, what: 'a secret value' });
    }
    for (const entry of metadata.env) {
        if (containsSecretValue(entry, secrets))
            findings.push({ where: `environment variable ${entry.split('=')[0]}`, what: 'a secret value' });
    }
    return findings;
}
/** A file of a layer: a key file by name and content, or any file that holds a secret value. */
function searchLayerFile(layer, path, content, secrets) {
    if (content === undefined)
        return [];
    const kind = keyFileKind(path, content);
    if (kind !== undefined)
        return [{ where: layer, path, what: kind }];
    if (containsSecretValue(content, secrets))
        return [{ where: layer, path, what: 'a file holding a secret value' }];
    return [];
}
function describeFindings(findings) {
    return findings.map((finding) => `${finding.what} in ${finding.where}${finding.path ? ` at /${finding.path.replace(/^\/+/, '')}` : ''}`).join('; ');
}

// EXTERNAL MODULE: ./src/core/secrets.ts
var core_secrets = __nccwpck_require__(8198);
;// CONCATENATED MODULE: ./src/runtime/docker/docker-cli.ts

class DockerError extends Error {
    name = 'DockerError';
}
class DockerCli {
    run;
    options;
    constructor(run, options = {}) {
        this.run = run;
        this.options = options;
    }
    exec(args, options = {}) {
        return this.run('docker', args, { cwd: this.options.cwd, ...options, env: { ...this.options.env, ...options.env } });
    }
    /** Fails with what docker said when the CLI is missing or the engine does not answer. */
    async serverVersion() {
        const result = await this.exec(['version', '--format', '{{.Server.Version}}'], { silent: true });
        if (result.notFound)
            throw new DockerError('docker is not installed or not on PATH: this action needs the Docker CLI and an engine.');
        if (result.exitCode !== 0)
            throw new DockerError(`The Docker engine does not answer (docker version: ${lastLines(result.stderr, 3)}).`);
        return result.stdout.trim();
    }
    async builder() {
        const result = await this.exec(['buildx', 'version'], { silent: true });
        return result.exitCode === 0 ? 'buildx' : 'classic';
    }
    /** Runs a build; the output (classic: "Using cache" / "Running in" lines) says which layers were reused. */
    async build(args, env, timeoutMs) {
        const result = await this.exec(args, { env, timeoutMs });
        return { exitCode: result.exitCode, output: `${result.stdout}\n${result.stderr}`, timedOut: result.timedOut };
    }
    async inspect(reference) {
        const result = await this.exec(['image', 'inspect', '--format', '{{json .}}', reference], { silent: true });
        if (result.exitCode !== 0)
            return undefined;
        const raw = JSON.parse(result.stdout);
        return {
            id: raw.Id,
            size: raw.Size,
            env: raw.Config?.Env ?? [],
            labels: raw.Config?.Labels ?? {},
            layers: raw.RootFS?.Layers ?? [],
            repoDigests: raw.RepoDigests ?? [],
        };
    }
    /** The command that made each layer, oldest first. */
    async history(reference) {
        const result = await this.exec(['image', 'history', '--no-trunc', '--format', '{{.CreatedBy}}', reference], { silent: true });
        if (result.exitCode !== 0)
            throw new DockerError(`docker history ${reference} failed: ${lastLines(result.stderr, 3)}`);
        return result.stdout.split('\n').filter((line) => line !== '').reverse();
    }
    /** The image ids of a reference's chain, newest first; `<missing>` where this engine does not know the image. */
    async historyIds(reference) {
        const result = await this.exec(['image', 'history', '--quiet', '--no-trunc', reference], { silent: true });
        if (result.exitCode !== 0)
            throw new DockerError(`docker history ${reference} failed: ${lastLines(result.stderr, 3)}`);
        return result.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    }
    async save(references, file) {
        const result = await this.exec(['image', 'save', '--output', file, ...references], { silent: true });
        if (result.exitCode !== 0)
            throw new DockerError(`docker save failed: ${lastLines(result.stderr, 3)}`);
    }
    async load(file) {
        const result = await this.exec(['image', 'load', '--input', file], { silent: true });
        if (result.exitCode !== 0)
            throw new DockerError(`docker load failed: ${lastLines(result.stderr, 3)}`);
        return [...result.stdout.matchAll(/Loaded image(?: ID)?: (\S+)/g)].map((match) => match[1]);
    }
    async tag(source, target) {
        const result = await this.exec(['image', 'tag', source, target], { silent: true });
        if (result.exitCode !== 0)
            throw new DockerError(`docker tag ${target} failed: ${lastLines(result.stderr, 3)}`);
    }
    async removeImages(references) {
        if (references.length > 0)
            await this.exec(['image', 'rm', '--force', ...references], { silent: true });
    }
    /** Logs in with the password on standard input; never on the command line. */
    async login(registry, username, password) {
        const result = await this.exec(['login', '--username', username, '--password-stdin', registry], { input: password, silent: true });
        return { ok: result.exitCode === 0, message: lastLines(result.stderr || result.stdout, 3) };
    }
    async logout(registry) {
        await this.exec(['logout', registry], { silent: true });
    }
    /** Pushes one tag; returns the digest the CLI printed (the registry's word is checked separately). */
    async push(reference) {
        const result = await this.exec(['image', 'push', reference]);
        const digest = /digest: (sha256:[0-9a-f]{64})/.exec(result.stdout)?.[1];
        return { ok: result.exitCode === 0, digest, message: lastLines(result.stderr || result.stdout, 4) };
    }
}
/**
 * Counts the classic builder's steps that reused a cached layer and those it made anew (RUN, COPY, ADD and the
 * metadata steps alike, as BuildKit's count does for RUN, COPY and ADD); FROM and the ARGs before it make none.
 */
function classicLayerCounts(output) {
    let cached = 0;
    let built = 0;
    for (const step of output.split(/^Step \d+\/\d+ : /m).slice(1)) {
        if (/^FROM\s/i.test(step))
            continue;
        if (/^ ---> Using cache$/m.test(step))
            cached += 1;
        else if (/^ ---> [0-9a-f]{12,}$/m.test(step))
            built += 1;
    }
    return { cached, built };
}
/** BuildKit's plain progress: CACHED steps against those it ran. */
function buildkitLayerCounts(output) {
    const cached = (output.match(/^#\d+ CACHED$/gm) ?? []).length;
    const built = (output.match(/^#\d+ \[[^\]]+\] (RUN|COPY|ADD) /gm) ?? []).length - cached;
    return { cached, built: Math.max(built, 0) };
}

;// CONCATENATED MODULE: ./src/core/image/engine.ts
/**
 * The failure of publish-image when no Docker engine answers: where it was looked for (DOCKER_HOST, else the
 * address docker names, else its default socket), what docker said, and what to do. Held as the stage's own
 * message, with no stack: nothing in the action went wrong, the runner has no engine.
 */
const DEFAULT_SOCKET = 'unix:///var/run/docker.sock';
function noEngineMessage(problem, dockerHost) {
    const named = /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running/.exec(problem)?.[1];
    const where = dockerHost?.trim() || named || DEFAULT_SOCKET;
    const said = problem.replace(/\.$/, '');
    const host = dockerHost?.trim()
        ? `or fix DOCKER_HOST (it is '${dockerHost.trim()}', and nothing answers there)`
        : 'or point DOCKER_HOST at a running engine';
    if (/^docker is not installed/.test(problem)) {
        return `There is no docker CLI on PATH: publish-image builds the image with Docker, so it cannot run here. Run the job on a runner with Docker (GitHub's ubuntu runners have it), or install it before this step (docker/setup-docker-action).`;
    }
    return (`No Docker engine answered at ${where}: publish-image builds the image with Docker, so it cannot run here (${said}). ` +
        "Run the job on a runner with Docker (GitHub's ubuntu runners have it running; macOS and Windows runners and most self-hosted ones do not), " +
        `start one before this step (docker/setup-docker-action), ${host}.`);
}

// EXTERNAL MODULE: ./src/runtime/files/tar-reader.ts
var tar_reader = __nccwpck_require__(2887);
;// CONCATENATED MODULE: ./src/runtime/docker/image-layers.ts



/**
 * Searches every layer of a `docker save` archive in place (layers are uncompressed tars inside it): key files
 * by name and content, and every regular file for the registered secret values. Names the layer and path.
 */
async function searchSavedImage(archive, secrets) {
    return (0,tar_reader/* withTar */.W)(archive, async (handle) => {
        const outer = await (0,tar_reader/* listTarEntries */.kv)(handle);
        const manifestEntry = outer.find((entry) => entry.path === 'manifest.json');
        if (manifestEntry === undefined)
            throw new Error(`${archive} has no manifest.json: not a docker save archive`);
        const manifest = JSON.parse((await (0,tar_reader/* readEntry */.hB)(handle, manifestEntry)).toString('utf8'));
        const layers = manifest[0]?.Layers ?? [];
        const findings = [];
        let files = 0;
        const needles = secrets.filter((secret) => secret.length >= 4).map((secret) => Buffer.from(secret));
        const overlap = Math.max(0, ...needles.map((needle) => needle.length));
        for (const [index, layerPath] of layers.entries()) {
            const layerEntry = outer.find((entry) => external_node_path_default().posix.normalize(entry.path) === external_node_path_default().posix.normalize(layerPath));
            if (layerEntry === undefined)
                continue;
            const layerName = `layer ${index + 1} of ${layers.length} (${layerPath.split('/')[0].replace(/^blobs$/, layerPath.split('/').pop() ?? '').slice(0, 12)})`;
            for (const entry of await (0,tar_reader/* listTarEntries */.kv)(handle, layerEntry.offset, layerEntry.size)) {
                if (entry.type !== '0' && entry.type !== '\0' && entry.type !== '7')
                    continue;
                files += 1;
                const name = external_node_path_default().posix.basename(entry.path);
                if (name.startsWith('.wh.'))
                    continue; // a whiteout: a deletion marker, no content
                if (mayHoldSecret(entry.path, entry.size)) {
                    const content = (await (0,tar_reader/* readEntry */.hB)(handle, entry)).toString('utf8');
                    const found = searchLayerFile(layerName, entry.path, content, secrets);
                    if (found.length > 0) {
                        findings.push(...found);
                        continue;
                    }
                }
                if (needles.length > 0 && entry.size > 0) {
                    const hit = await (0,tar_reader/* scanEntry */.kp)(handle, entry, overlap, (chunk) => needles.some((needle) => chunk.includes(needle)));
                    if (hit)
                        findings.push({ where: layerName, path: entry.path, what: 'a file holding a secret value' });
                }
            }
        }
        return { findings, layers: layers.length, files };
    });
}

;// CONCATENATED MODULE: ./src/actions/publish-image/checks.ts








/** The engine's version; no engine (or no docker CLI) is the user's to fix: a held failure that says where and what to do. */
async function engineVersion(docker, dockerHost) {
    try {
        return await docker.serverVersion();
    }
    catch (error) {
        if (error instanceof DockerError)
            throw new errors/* ConfigurationError */.j1(noEngineMessage(error.message, dockerHost));
        throw error;
    }
}
/** The image's history, labels, env and every layer's files, searched before anything is pushed. */
async function secretCheck(docker, reference, image, secrets, tempRoot) {
    const history = await docker.history(reference);
    const metadataFindings = searchMetadata({ env: image.env, labels: image.labels, history }, secrets);
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join(tempRoot, 'publish-image-check-'));
    try {
        const archive = external_node_path_default().join(folder, 'image.tar');
        await docker.save([reference], archive);
        const layers = await searchSavedImage(archive, secrets);
        return { findings: [...metadataFindings, ...layers.findings], layers: layers.layers, files: layers.files };
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
const SCANNER_SETUP = {
    trivy: 'aquasecurity/setup-trivy',
    grype: 'anchore/scan-action/download-grype',
};
async function installed(run, scanner) {
    const result = await run(scanner, [scanner === 'trivy' ? '--version' : 'version'], { silent: true });
    return !result.notFound && result.exitCode === 0;
}
/** Which scanner runs: the one asked for (an error when absent), or with `auto` the first on PATH. */
async function chooseScanner(run, choice) {
    if (choice === 'none')
        return undefined;
    if (choice === 'trivy' || choice === 'grype') {
        if (!(await installed(run, choice))) {
            throw new errors/* ConfigurationError */.j1(`Input 'scan' is '${choice}', but ${choice} is not installed (not found on PATH): add a step with ${SCANNER_SETUP[choice]} before this one, or use scan: auto.`);
        }
        return choice;
    }
    for (const scanner of ['trivy', 'grype'])
        if (await installed(run, scanner))
            return scanner;
    return undefined;
}
async function runScan(run, scanner, reference, threshold, databaseFolder, sarifFile, dockerfile, cwd) {
    const env = scanner === 'grype' ? { GRYPE_DB_CACHE_DIR: databaseFolder } : { TRIVY_CACHE_DIR: databaseFolder };
    const result = await run(scanner, scannerArguments(scanner, reference, databaseFolder), { silent: true, env, cwd });
    if (result.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`${scanner} failed on ${reference} (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
    const found = scanner === 'trivy' ? parseTrivyJson(result.stdout) : parseGrypeJson(result.stdout);
    const verdict = scanVerdict(found, threshold);
    await (0,promises_.writeFile)(sarifFile, JSON.stringify(sarifReport(scanner, reference, dockerfile, found), null, 2));
    return { result: verdict.result, scanner, verdict, ranked: rankVulnerabilities(found), sarifFile };
}

;// CONCATENATED MODULE: ./src/actions/publish-image/layer-cache.ts



const ARCHIVE = 'images.tar';
/** The download alone (no engine needed), so that it can run while the engine is asked its version and builder. */
async function downloadLayerCache(cache, keys, folder) {
    await (0,promises_.mkdir)(folder, { recursive: true });
    return cache.restore([folder], keys.primaryKey, keys.restoreKeys);
}
/** Loads what downloadLayerCache brought into the engine. */
async function restoreLayerCache(io, download, docker, keys, folder) {
    const restored = await download;
    if (restored.outcome === 'error') {
        io.warning(`Restoring the layer cache failed (${restored.message}); building without cached layers.`);
        return { result: 'error', detail: restored.message ?? 'cache fault', loaded: [], sources: [] };
    }
    if (restored.outcome === 'miss')
        return { result: 'miss', detail: `no entry for ${keys.primaryKey}`, loaded: [], sources: [] };
    const archive = external_node_path_default().join(folder, ARCHIVE);
    try {
        await (0,promises_.stat)(archive);
        const loaded = await docker.load(archive);
        // The chains of the loaded tags (docker load links each image to its parent when both were saved).
        const tags = loaded.filter((reference) => reference.startsWith(keys.stageTag('').replace(/:[^:]*$/, ':')));
        const sources = build_plan_cacheSources(await Promise.all(tags.map((tag) => docker.historyIds(tag))));
        io.info(`Loaded ${loaded.length} cached image(s) from ${restored.matchedKey}: ${sources.length} cache source(s).`);
        const result = restored.matchedKey?.startsWith(keys.primaryKey) ? 'hit' : 'partial';
        return { result, detail: `restored ${restored.matchedKey}`, loaded, sources };
    }
    catch (error) {
        io.warning(`The restored layer cache could not be loaded (${error.message}); building without cached layers.`);
        return { result: 'error', detail: error.message, loaded: [], sources: [] };
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/** Post: saves the images named in state, with every image of their chains. Never fails the job. */
async function saveLayerCache(io, cache, docker, layerCache) {
    await mkdir(layerCache.folder, { recursive: true });
    const archive = path.join(layerCache.folder, ARCHIVE);
    try {
        const chains = await Promise.all(layerCache.references.map((reference) => docker.historyIds(reference)));
        await docker.save([...layerCache.references, ...cacheSources(chains)], archive);
        const saved = await cache.save([layerCache.folder], layerCache.key);
        if (saved.outcome === 'saved') {
            io.info(`Saved the layer cache (${layerCache.references.length} image(s)) under ${layerCache.key}.`);
            return 'saved';
        }
        if (saved.outcome === 'exists') {
            io.info(`Not saving the layer cache: ${saved.message}.`);
            return 'exists';
        }
        io.warning(`Saving the layer cache failed (${saved.message}); the next build will be cold.`);
        return 'failed';
    }
    catch (error) {
        io.warning(`Saving the layer cache failed (${error.message}); the next build will be cold.`);
        return 'failed';
    }
    finally {
        await rm(archive, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/runtime/docker/registry-client.ts
/** The compressed size of repository:tag as the registry stores it, or undefined (no such tag, an index, a fault). */
async function compressedSize(repository, tag, credentials) {
    return (await manifestDigest(repository, tag, credentials, 15_000, 'GET')).compressedBytes;
}
/**
 * Asks a registry (Distribution API v2) for a tag's manifest digest, the truth after a push: the
 * Docker-Content-Digest header of a HEAD on /v2/<name>/manifests/<tag>. Basic auth, and the Bearer token
 * challenge that ghcr.io and Docker Hub answer with.
 */
const ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** `host[:port]/path/name` → the API base URL and the repository path. Plain HTTP only for loopback hosts. */
function registryEndpoint(repository) {
    const [host, ...rest] = repository.split('/');
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
    const apiHost = host === 'docker.io' ? 'registry-1.docker.io' : host;
    return { base: `${loopback ? 'http' : 'https'}://${apiHost}`, name: rest.join('/') };
}
function parseChallenge(header) {
    const fields = {};
    for (const match of header.matchAll(/(\w+)="([^"]*)"/g))
        fields[match[1]] = match[2];
    return fields;
}
async function manifestDigest(repository, tag, credentials, timeoutMs = 30_000, method = 'HEAD') {
    const { base, name } = registryEndpoint(repository);
    const url = `${base}/v2/${name}/manifests/${encodeURIComponent(tag)}`;
    const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
    const head = (authorization) => fetch(url, { method, headers: { accept: ACCEPT, ...(authorization ? { authorization } : {}) }, signal: AbortSignal.timeout(timeoutMs) });
    try {
        let response = await head(basic);
        const challenge = response.headers.get('www-authenticate') ?? '';
        if (response.status === 401 && /^bearer/i.test(challenge)) {
            const fields = parseChallenge(challenge);
            const tokenUrl = new URL(fields.realm);
            if (fields.service)
                tokenUrl.searchParams.set('service', fields.service);
            tokenUrl.searchParams.set('scope', fields.scope ?? `repository:${name}:pull`);
            const tokenResponse = await fetch(tokenUrl, { headers: basic ? { authorization: basic } : {}, signal: AbortSignal.timeout(timeoutMs) });
            if (!tokenResponse.ok)
                return { status: tokenResponse.status, message: `the token service answered ${tokenResponse.status}` };
            const body = (await tokenResponse.json());
            response = await head(`Bearer ${body.token ?? body.access_token ?? ''}`);
        }
        if (!response.ok)
            return { status: response.status, message: `${response.status} ${response.statusText}` };
        const digest = response.headers.get('docker-content-digest') ?? undefined;
        if (method === 'HEAD')
            return { status: response.status, digest };
        const manifest = (await response.json());
        const compressedBytes = manifest.layers === undefined ? undefined : (manifest.config?.size ?? 0) + manifest.layers.reduce((sum, layer) => sum + (layer.size ?? 0), 0);
        return { status: response.status, digest, compressedBytes };
    }
    catch (error) {
        const cause = error.cause?.code;
        return { status: 0, message: cause ?? error.message };
    }
}

;// CONCATENATED MODULE: ./src/actions/publish-image/push.ts


function registryHost(repository) {
    const first = repository.split('/')[0];
    return repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}
/**
 * Pushes every tag of the image, then asks the registry for each tag's manifest digest: the push is done only
 * when every tag resolves to the same digest. Otherwise the error lists which tags point where.
 */
async function pushAndConfirm(docker, plan, credentials) {
    const registry = registryHost(plan.repository);
    const pushed = [];
    for (const reference of plan.references) {
        const result = await docker.push(reference);
        if (!result.ok) {
            const done = pushed.map((entry) => `${entry.reference} (${entry.digest ?? 'digest unknown'})`).join(', ') || 'none';
            throw new errors/* ConfigurationError */.j1(`Pushing ${reference} to ${registry} failed: ${result.message}. Tags pushed before the failure: ${done}; not pushed: ${plan.references.slice(pushed.length).join(', ')}.`);
        }
        pushed.push({ reference, digest: result.digest });
    }
    const digests = new Set(pushed.map((entry) => entry.digest).filter((digest) => digest !== undefined));
    if (digests.size > 1)
        throw new errors/* ConfigurationError */.j1(`The tags of one image were pushed with different digests: ${pushed.map((entry) => `${entry.reference}=${entry.digest}`).join(', ')}.`);
    const confirmed = [];
    const problems = [];
    for (const [index, tag] of plan.tags.entries()) {
        const answer = await manifestDigest(plan.repository, tag, credentials);
        if (answer.digest === undefined)
            problems.push(`${plan.references[index]}: the registry answered ${answer.message ?? answer.status}`);
        else
            confirmed.push({ reference: plan.references[index], digest: answer.digest });
    }
    const expected = [...digests][0] ?? confirmed[0]?.digest;
    for (const entry of confirmed)
        if (entry.digest !== expected)
            problems.push(`${entry.reference} resolves to ${entry.digest}, not ${expected}`);
    if (problems.length > 0 || expected === undefined) {
        throw new errors/* ConfigurationError */.j1(`${registry} does not confirm the push: ${problems.join('; ') || 'no digest'}. Tags and what they point to: ${confirmed.map((entry) => `${entry.reference}=${entry.digest}`).join(', ') || 'none confirmed'}.`);
    }
    return { digest: expected, confirmed };
}


;// CONCATENATED MODULE: ./src/actions/publish-image/state.ts


function savePublishImageState(io, state) {
    named_io_namedIO(io, inputs_PUBLISH_IMAGE_NAMES).saveState('publish-image', JSON.stringify(state));
}
function loadPublishImageState(io) {
    const text = namedIO(io, PUBLISH_IMAGE_NAMES).getState('publish-image');
    if (text === '')
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return parsed.schema === 1 ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/actions/publish-image/plan.ts







/**
 * What publish-image will do, decided before the engine is touched: the Dockerfile and context, the image's name,
 * version and tags (latest guarded), its OCI labels, and what the cache may do on this event.
 */
function refFacts(context, untrusted) {
    const repository = context.eventPayload?.repository;
    return {
        refType: context.env.GITHUB_REF_TYPE,
        refName: context.env.GITHUB_REF_NAME,
        defaultBranch: stringAt(repository, 'default_branch'),
        untrusted,
    };
}
/** The commit's time (so the same commit gives the same labels): git in the project, else the event's head commit. */
async function commitTime(run, directory, context) {
    const result = await run('git', ['-C', directory, 'log', '-1', '--format=%cI', 'HEAD'], { silent: true });
    if (result.exitCode === 0 && /^\d{4}-/.test(result.stdout.trim()))
        return new Date(result.stdout.trim()).toISOString();
    const timestamp = stringAt(context.eventPayload, 'head_commit', 'timestamp');
    return timestamp === undefined ? undefined : new Date(timestamp).toISOString();
}
async function revision(run, directory, context) {
    if (context.env.GITHUB_SHA)
        return context.env.GITHUB_SHA;
    const result = await run('git', ['-C', directory, 'rev-parse', 'HEAD'], { silent: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
async function planPublish(deps, inputs, secrets) {
    const { context } = deps;
    const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'It should hold the Dockerfile.');
    const dockerfile = external_node_path_default().resolve(directory, inputs.file);
    const dockerfileText = await readTextIfExists(dockerfile);
    if (dockerfileText === undefined) {
        throw new errors/* ConfigurationError */.j1(`No Dockerfile: looked for ${dockerfile} (input 'file' is '${inputs.file}' in working-directory '${inputs.workingDirectory}'). Add one, or point 'file' at it.`);
    }
    const contextDir = await resolveInputDirectory(directory, 'context', inputs.context, 'It is the build context, relative to working-directory.');
    const snapshot = await readProjectSnapshot(directory);
    const packageJson = readPackageJson(snapshot);
    const pyproject = readPyproject(snapshot);
    const name = inputs.image ?? serviceNameFromManifests(packageJson, pyproject);
    if (name === undefined)
        throw new errors/* ConfigurationError */.j1(`Input 'image' is empty and ${directory} has no package.json or pyproject.toml name to take it from: set 'image'.`);
    const repository = inputs.registry ? `${inputs.registry}/${name}` : name;
    const permissions = cachePermissions(context, inputs.cache);
    const untrusted = /untrusted/.test(cachePermissions(context, true).reason ?? '');
    const ref = refFacts(context, untrusted);
    const version = inputs.version ?? imageVersion(ref, manifestVersion(packageJson, pyproject))?.version;
    if (version === undefined)
        throw new errors/* ConfigurationError */.j1(`Input 'version' is empty, the run does not build a tag and ${directory} has no manifest version: set 'version'.`);
    const latest = decideLatest(inputs.latest, version, ref);
    const tags = planTags(repository, version, inputs.tags, latest);
    const source = context.env.GITHUB_SERVER_URL && context.env.GITHUB_REPOSITORY ? `${context.env.GITHUB_SERVER_URL}/${context.env.GITHUB_REPOSITORY}` : undefined;
    const labels = ociLabels({
        title: name.split('/').pop() ?? name, version, revision: await revision(deps.run, directory, context), source,
        created: await commitTime(deps.run, directory, context), licenses: manifestLicense(packageJson, pyproject),
    });
    return {
        inputs, directory, dockerfile, dockerfileText, contextDir, tags, labels, untrusted, secrets,
        saveAllowed: permissions.save, restoreAllowed: permissions.restore, cacheReason: permissions.reason,
    };
}

;// CONCATENATED MODULE: ./src/actions/publish-image/main.ts






















async function timed(deps, phases, name, body) {
    const started = deps.now();
    try {
        return await deps.io.group(name, body);
    }
    finally {
        phases.push({ name, milliseconds: deps.now() - started });
    }
}
async function publish_image_main_main(deps) {
    const { io, context } = deps;
    const actionOutputs = named_io_namedIO(io, inputs_PUBLISH_IMAGE_NAMES);
    const masked = secretInputs((name) => io.getInput(name));
    for (const value of masked)
        io.setSecret(value);
    const inputs = readPublishImageInputs((name) => io.getInput(name));
    const secrets = [...new Set([...masked, ...(0,core_secrets/* secretValues */.V)(context.env)])];
    const phases = [];
    const p = await planPublish(deps, inputs, secrets);
    const docker = new DockerCli(deps.run, { cwd: p.directory });
    const keys = layerCacheKeys({
        platform: context.platform, repository: p.tags.repository, dockerfile: external_node_path_default().relative(p.directory, p.dockerfile), dockerfileText: p.dockerfileText,
        target: inputs.target, branch: context.env.GITHUB_HEAD_REF || context.env.GITHUB_REF_NAME, defaultBranch: refFacts(context, false).defaultBranch,
        cacheVersion: inputs.cacheVersion,
    });
    const tempRoot = context.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const cacheFolder = external_node_path_default().join(tempRoot, 'build-actions-image-cache', keys.scope);
    // The layer cache downloads while the engine is asked its version and builder (the classic builder loads it;
    // with buildx the lookup finds no classic entry and costs one request). Its fault is only ever a warning.
    const layerDownload = p.restoreAllowed ? downloadLayerCache(deps.cache, keys, cacheFolder) : undefined;
    layerDownload?.catch(() => undefined);
    const [, builder] = await Promise.all([engineVersion(docker, context.env.DOCKER_HOST), docker.builder()]);
    checkBuildArgs(inputs.buildArgs, new Set(secrets), builder === 'buildx');
    if (builder === 'classic' && inputs.secrets.length > 0) {
        throw new errors/* ConfigurationError */.j1("Input 'secrets' needs buildx (BuildKit secret mounts), and this engine has the classic builder only: add docker/setup-buildx-action before this step.");
    }
    const state = { schema: 1, directory: p.directory };
    const report = {
        repository: p.tags.repository, tags: p.tags.tags, latestReason: `${p.tags.latest.latest ? 'moves' : 'stays'}: ${p.tags.latest.reason}`,
        pushNote: 'not pushed', builder: builder === 'buildx' ? 'buildx (BuildKit)' : 'classic (no buildx on this engine)',
        cacheResult: 'disabled', cacheDetail: p.cacheReason ?? '', phases, secretCheck: 'not run', scan: { result: 'skipped', detail: 'not run', findings: [] },
        maxSizeBytes: inputs.maxSizeBytes,
    };
    const finish = async (failure) => {
        savePublishImageState(io, state);
        await io.writeSummary(publishImageSummary(report));
        if (failure !== undefined)
            throw new errors/* ConfigurationError */.j1(failure);
    };
    // Restore the layer cache (classic: docker load; buildx reads type=gha itself).
    let cacheResult = 'disabled';
    let restoredSources = [];
    const stages = builder === 'classic' ? stagesToCache(dockerfileStages(p.dockerfileText), inputs.target) : [];
    if (layerDownload && builder === 'classic') {
        const restored = await timed(deps, phases, 'Restore the layer cache', () => restoreLayerCache(io, layerDownload, docker, keys, cacheFolder));
        cacheResult = restored.result;
        restoredSources = restored.sources;
        report.cacheDetail = restored.detail + (p.saveAllowed ? '' : `; not saved: ${p.cacheReason}`);
    }
    else if (p.restoreAllowed) {
        // buildx reads its own type=gha cache: whatever the classic lookup brought is not used.
        await layerDownload?.then(() => (0,promises_.rm)(external_node_path_default().join(cacheFolder, ARCHIVE), { force: true }), () => undefined);
        cacheResult = 'partial';
        report.cacheDetail = `type=gha, scope ${keys.scope}${p.saveAllowed ? '' : ' (read only)'}`;
    }
    report.cacheResult = cacheResult;
    // Build: each stage with --target (so its layers can be kept), then the image; values of build args in the env only.
    const buildEnv = {};
    for (const arg of inputs.buildArgs)
        buildEnv[arg.name] = arg.value;
    for (const secret of inputs.secrets)
        buildEnv[secretEnvName(secret.name)] = secret.value;
    const cacheTags = builder === 'classic' ? [...stages.map((stage) => keys.stageTag(stage)), keys.stageTag('')] : [];
    const workFolder = external_node_path_default().join(tempRoot, `publish-image-${process.pid}-${deps.now()}`);
    await (0,promises_.mkdir)(workFolder, { recursive: true });
    const layers = { cached: 0, built: 0 };
    let imageId = '';
    try {
        await timed(deps, phases, `Build ${p.tags.references[0]}`, async () => {
            const targets = buildSteps({ builder, stages, target: inputs.target, references: p.tags.references, stageTag: (stage) => keys.stageTag(stage), restored: restoredSources });
            for (const step of targets) {
                const args = buildArguments({
                    builder, context: p.contextDir, file: p.dockerfile, references: step.references, labels: step === targets[targets.length - 1] ? p.labels : {}, buildArgNames: inputs.buildArgs.map((arg) => arg.name),
                    secretIds: builder === 'buildx' ? inputs.secrets.map((secret) => secret.name) : [], target: step.target, cacheFrom: step.cacheFrom,
                    ghaScope: builder === 'buildx' && p.restoreAllowed ? keys.ghaScope : undefined, ghaWrite: p.saveAllowed, iidFile: external_node_path_default().join(workFolder, 'iid'),
                });
                const result = await docker.build(args, builder === 'buildx' ? { ...buildEnv, BUILDKIT_PROGRESS: 'plain' } : buildEnv, inputs.timeoutMinutes * 60_000);
                const counts = builder === 'classic' ? classicLayerCounts(result.output) : buildkitLayerCounts(result.output);
                layers.cached += counts.cached;
                layers.built += counts.built;
                if (result.timedOut) {
                    report.pushNote = 'not pushed: the build timed out';
                    await finish(`docker build${step.target ? ` (stage ${step.target})` : ''} did not finish within ${inputs.timeoutMinutes} min (timeout-minutes) and was stopped: ${lastLines(result.output, 6).split('\n').join(' / ')}`);
                }
                if (result.exitCode !== 0) {
                    report.pushNote = 'not pushed: the build failed';
                    await finish(`docker build failed${step.target ? ` (stage ${step.target})` : ''} with exit code ${result.exitCode}: ${lastLines(result.output, 6).split('\n').join(' / ')}`);
                }
            }
            imageId = (await (0,promises_.readFile)(external_node_path_default().join(workFolder, 'iid'), 'utf8')).trim();
        });
    }
    finally {
        await (0,promises_.rm)(workFolder, { recursive: true, force: true });
    }
    report.layers = layers;
    report.imageId = imageId;
    const inspected = await docker.inspect(imageId);
    if (inspected === undefined)
        throw new Error(`the built image ${imageId} is not in the engine`);
    report.sizeBytes = inspected.size;
    // The change against the default branch's last push (the size history, restored after the layer download so
    // that the cache client's log capture never runs twice at once).
    const sizeHistory = { prefix: keys.sizePrefix, folder: external_node_path_default().join(tempRoot, 'build-actions-image-sizes', keys.scope), setBy: 'push' };
    const before = await restoreSizeHistory(io, deps.cache, context, inputs.cache, sizeHistory);
    report.sizeBefore = { bytes: before.history?.sizes.image, ref: before.history?.ref, note: before.note };
    actionOutputs.setOutput('image', p.tags.repository);
    actionOutputs.setOutput('tags', p.tags.references.join('\n'));
    actionOutputs.setOutput('image-id', imageId);
    actionOutputs.setOutput('size-bytes', String(inspected.size));
    actionOutputs.setOutput('cache-result', cacheResult);
    // Check the very image that will be pushed: secrets first, then the scan, then the size budget.
    const found = await timed(deps, phases, 'Search the image for secrets', () => secretCheck(docker, imageId, inspected, secrets, tempRoot));
    if (found.findings.length > 0) {
        report.secretCheck = `**failed**: ${found.findings.length} finding(s)`;
        report.pushNote = 'not pushed: the secret check failed';
        state.skipReason = 'the image holds a secret: its layers are not cached';
        actionOutputs.setOutput('scan-result', 'skipped');
        await finish(`The image holds secrets, so nothing was pushed: ${describeFindings(found.findings)}. Remove them from the build context (.dockerignore) or the Dockerfile; pass build-time secrets in 'secrets'.`);
    }
    report.secretCheck = `passed: ${found.layers} layer(s), ${found.files} file(s), history, labels and env searched`;
    if (builder === 'classic' && p.saveAllowed)
        state.layerCache = { references: cacheTags, folder: cacheFolder, key: keys.saveKey(imageId) };
    else if (!p.saveAllowed)
        state.skipReason = p.cacheReason;
    const scan = await timed(deps, phases, 'Scan for vulnerabilities', async () => {
        const scanner = await chooseScanner(deps.run, inputs.scan);
        if (scanner === undefined) {
            const reason = inputs.scan === 'none' ? "input 'scan' is none" : `no scanner on PATH (add ${SCANNER_SETUP.trivy} or ${SCANNER_SETUP.grype} before this step)`;
            if (inputs.scan === 'auto')
                io.warning(`The vulnerability scan was SKIPPED, not passed: ${reason}.`);
            return { result: 'skipped', reason, ranked: [] };
        }
        const databaseFolder = external_node_path_default().join(tempRoot, `build-actions-${scanner}-db`);
        await (0,promises_.mkdir)(databaseFolder, { recursive: true });
        if (p.restoreAllowed) {
            // The scanner's database, kept in the Actions cache for a day (the scanner refreshes what is older).
            const { key, prefix } = scanDatabaseKeys(scanner, context.platform, new Date(deps.now()).toISOString().slice(0, 10), inputs.cacheVersion);
            const restored = await deps.cache.restore([databaseFolder], key, [prefix]);
            if (restored.outcome === 'error')
                io.warning(`Restoring the ${scanner} database failed (${restored.message}); the scanner downloads it.`);
            if (p.saveAllowed && restored.matchedKey !== key)
                state.scanDatabase = { folder: databaseFolder, key };
        }
        const sarifFile = external_node_path_default().join(tempRoot, `publish-image-${keys.scope}.sarif`);
        return runScan(deps.run, scanner, imageId, inputs.severityThreshold, databaseFolder, sarifFile, external_node_path_default().relative(context.workspace, p.dockerfile), p.directory);
    });
    actionOutputs.setOutput('scan-result', scan.result);
    if (scan.sarifFile)
        actionOutputs.setOutput('sarif-file', scan.sarifFile);
    report.scan = {
        result: scan.result,
        detail: scan.result === 'skipped' ? (scan.reason ?? '') :
            `${scan.scanner}: ${scan.ranked.length} finding(s), ${scan.verdict?.blocking.length ?? 0} at or above ${inputs.severityThreshold}`,
        findings: scan.ranked,
    };
    if (scan.result === 'failed') {
        report.pushNote = 'not pushed: the scan failed';
        await finish(`The vulnerability scan (${scan.scanner}) found ${scan.verdict?.blocking.length} finding(s) at or above '${inputs.severityThreshold}' (${scan.verdict?.blocking.slice(0, 5).map((v) => `${v.id} in ${v.packageName}`).join(', ')}), so nothing was pushed. See the summary and ${scan.sarifFile}.`);
    }
    if (inputs.maxSizeBytes !== undefined && inspected.size > inputs.maxSizeBytes) {
        report.pushNote = 'not pushed: over the size budget';
        await finish(`The image is ${(0,summary_document/* formatBytes */.z3)(inspected.size)}, over the 'max-size' budget of ${(0,summary_document/* formatBytes */.z3)(inputs.maxSizeBytes)}, so nothing was pushed.`);
    }
    // Push every tag of that same image, and confirm each from the registry.
    let digest;
    if (!inputs.push)
        report.pushNote = "not pushed: input 'push' is false";
    else if (p.untrusted) {
        report.pushNote = 'not pushed: this event runs untrusted code';
        io.warning('Not pushing: this event (a fork pull request, pull_request_target or workflow_run) runs untrusted code.');
    }
    else {
        const outcome = await timed(deps, phases, `Push ${p.tags.tags.length} tag(s)`, async () => {
            const credentials = inputs.username !== undefined && inputs.password !== undefined ? { username: inputs.username, password: inputs.password } : undefined;
            const host = registryHost(p.tags.repository);
            if (credentials) {
                const login = await docker.login(host, credentials.username, credentials.password);
                if (!login.ok) {
                    report.pushNote = `not pushed: ${host} refused the login`;
                    await finish(`Logging in to ${host} as '${credentials.username}' failed, so nothing was pushed: ${login.message}`);
                }
                state.loggedInTo = host;
                savePublishImageState(io, state);
            }
            try {
                const pushed = await pushAndConfirm(docker, p.tags, credentials);
                report.registrySize = await compressedSize(p.tags.repository, p.tags.tags[0], credentials);
                return pushed;
            }
            catch (error) {
                report.pushNote = `push failed: ${error.message}`;
                await finish();
                throw error;
            }
        });
        digest = outcome.digest;
        report.digest = digest;
        actionOutputs.setOutput('digest', digest);
    }
    // The size history follows what the default branch pushed (locally, the last checked build).
    if (before.history?.sizes.image !== inspected.size) {
        const pushedOrLocal = digest !== undefined || context.env.GITHUB_ACTIONS !== 'true';
        io.info(pushedOrLocal ? await saveSizeHistory(io, deps.cache, context, inputs.cache, sizeHistory, { image: inspected.size }, deps.now()) : 'Size history not saved: only a push sets it.');
    }
    await finish();
    return { references: p.tags.references, digest, imageId, cacheResult, scanResult: scan.result, layers };
}

;// CONCATENATED MODULE: ./src/core/pipeline/plan.ts

/** The pipeline's stages, in the order they run. */
const PIPELINE_STAGES = ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'];
/**
 * The one rule of the pipeline: which earlier stages must have passed for a stage to run. A stage whose need
 * failed (or was skipped for that reason) is skipped; a need that was not selected does not stop it (the user
 * chose to run it alone). Quality findings stop neither the tests nor the build (both verdicts are reported);
 * they do stop the image, which is only pushed from a fully green run.
 */
const STAGE_NEEDS = {
    'setup-deps': [],
    'quality-checks': ['setup-deps'],
    test: ['setup-deps'],
    build: ['setup-deps', 'test'],
    'publish-image': ['build', 'quality-checks'],
};
/** `stages`: all, or a comma-separated list of stage names (any order; they run in pipeline order). */
function parseStagesInput(raw) {
    const value = raw.trim();
    if (value === '' || value.toLowerCase() === 'all')
        return new Set(PIPELINE_STAGES);
    const names = value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
    const unknown = names.filter((name) => !PIPELINE_STAGES.includes(name));
    if (names.length === 0 || unknown.length > 0) {
        const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
        throw new errors/* ConfigurationError */.j1(`Input 'stages' must be all or a comma-separated list of ${PIPELINE_STAGES.join(', ')} (got '${shown}'${unknown.length > 0 ? `: unknown ${unknown.slice(0, 5).map((name) => `'${name.slice(0, 40)}'`).join(', ')}` : ''}).`);
    }
    return new Set(names);
}
/**
 * The stages that will be asked to run: those `stages` selects, publish-image only when `publish` is true. Naming
 * publish-image in `stages` without `publish: true` is a contradiction, refused rather than guessed.
 */
function selectStages(stagesInput, publish) {
    const selected = parseStagesInput(stagesInput);
    const explicit = !/^\s*(all)?\s*$/i.test(stagesInput);
    if (!publish && selected.has('publish-image')) {
        if (explicit)
            throw new errors/* ConfigurationError */.j1("Input 'stages' names publish-image, but input 'publish' is false: set publish: true to build, check and push the image.");
        selected.delete('publish-image');
    }
    return selected;
}
/**
 * Whether `stage` runs, given the outcomes of the stages before it: undefined when it runs, else its outcome
 * (not selected, or skipped naming the stage(s) whose failure stopped it: a skipped need passes its own cause on;
 * a need that was unavailable here stops nothing, like one not selected).
 */
function stageGate(stage, selected, outcomes) {
    if (!selected.has(stage)) {
        return { result: 'not selected', reason: stage === 'publish-image' ? "publish is not true" : "not in 'stages'" };
    }
    const because = new Set();
    for (const need of STAGE_NEEDS[stage]) {
        const outcome = outcomes.get(need);
        if (outcome?.result === 'failed')
            because.add(need);
        if (outcome?.result === 'skipped')
            for (const cause of outcome.because)
                because.add(cause);
    }
    return because.size === 0 ? undefined : { result: 'skipped', because: PIPELINE_STAGES.filter((name) => because.has(name)) };
}
/** "skipped: test failed", "skipped: setup-deps and quality-checks failed". */
function describeOutcome(outcome) {
    switch (outcome.result) {
        case 'skipped':
            return `skipped: ${outcome.because.join(' and ')} failed`;
        case 'not selected':
            return `not selected (${outcome.reason})`;
        case 'unavailable':
            return `skipped: ${outcome.reason}`;
        default:
            return outcome.result;
    }
}

;// CONCATENATED MODULE: ./src/actions/pipeline/inputs.ts








/**
 * Outputs a stage sets under another name in the one-step pipeline, where an earlier stage sets the same name:
 * setup-deps' cache-hit stays cache-hit, the build's becomes build-cache-hit; setup-deps' cache-result stays,
 * publish-image's becomes image-cache-result. scripts/generate-root-action.mjs writes action.yml by the same table
 * (with the renamed outputs' descriptions); a unit test holds the two together.
 */
const PIPELINE_OUTPUT_RENAMES = {
    build: { 'cache-hit': 'build-cache-hit' },
    'publish-image': { 'cache-result': 'image-cache-result' },
};
/**
 * Inputs a stage reads under another name in the root action, where the name means something else there: the
 * root action's `publish` asks for publish-image, so the build's package publishing is `publish-package`; the
 * build's max-size is per package, publish-image's per image (`image-max-size`). Every other shared name means the
 * same for every stage (working-directory, cache, timeout-minutes, max-parallel). The generator's RENAMED_INPUTS
 * is the same table; a unit test holds the two together.
 */
const PIPELINE_INPUT_RENAMES = {
    build: { publish: 'publish-package' },
    'publish-image': { 'max-size': 'image-max-size' },
};
/** The root action's own inputs (no stage reads them): which stages run, and whether the image is published. */
const PIPELINE_OWN_INPUTS = ['stages', 'publish'];
const renamed = (names, renames) => names.map((name) => renames[name] ?? name);
/** The pipeline reads the inputs of each of its stages (a name shared by stages means the same thing), and its own. */
const PIPELINE_INPUTS = [
    ...new Set([
        ...PIPELINE_OWN_INPUTS, ...SETUP_DEPS_INPUTS, ...QUALITY_CHECKS_INPUTS, ...TEST_INPUTS, ...renamed(BUILD_INPUTS, PIPELINE_INPUT_RENAMES.build),
        ...renamed(PUBLISH_IMAGE_INPUTS, PIPELINE_INPUT_RENAMES['publish-image']),
    ]),
];
const PIPELINE_OUTPUTS = [
    ...SETUP_DEPS_OUTPUTS, ...QUALITY_CHECKS_OUTPUTS, ...TEST_OUTPUTS, ...renamed(BUILD_OUTPUTS, PIPELINE_OUTPUT_RENAMES.build),
    ...renamed(PUBLISH_IMAGE_OUTPUTS, PIPELINE_OUTPUT_RENAMES['publish-image']),
];
/** A stage's own input names, read from the root action's (see PIPELINE_INPUT_RENAMES). */
function stageInputReader(read, stage) {
    const renames = PIPELINE_INPUT_RENAMES[stage] ?? {};
    return (name) => read(renames[name] ?? name);
}
/** A stage's message with its own input names (quoted, as errors quote them) given as the root action's. */
function rootInputNames(message, stage) {
    const renames = PIPELINE_INPUT_RENAMES[stage] ?? {};
    let text = message;
    for (const [own, root] of Object.entries(renames))
        text = text.split(`'${own}'`).join(`'${root}'`);
    return text;
}
/** Runs `body` (which reads a stage's inputs), a refusal naming the input by the root action's name. */
function withRootInputNames(stage, body) {
    try {
        return body();
    }
    catch (error) {
        if ((0,errors/* isConfigurationError */.p0)(error))
            throw new errors/* ConfigurationError */.j1(rootInputNames(error.message, stage));
        throw error;
    }
}
/** The root action's own inputs: `stages` (all, or a comma list) and `publish` (true asks for publish-image). */
function readPipelineInputs(read) {
    const publish = parseBooleanInput('publish', read('publish'), false);
    return { selected: selectStages(read('stages'), publish), publish };
}

;// CONCATENATED MODULE: ./src/core/pipeline/report.ts


/**
 * Each stage's cache verdict, from its own outputs: setup-deps' cache-result (exact, partial, miss, disabled,
 * error), the build's cache-hit (its outputs restored whole, or built), publish-image's layer cache-result.
 */
function stageCacheResult(stage, outputs) {
    const value = (name) => (outputs?.[name] === undefined || outputs[name] === '' ? undefined : outputs[name]);
    switch (stage) {
        case 'setup-deps':
            return value('cache-result') ?? '—';
        case 'build': {
            const hit = value('cache-hit');
            return hit === undefined ? '—' : hit === 'true' ? 'hit (build skipped)' : 'miss';
        }
        case 'publish-image':
            return value('cache-result') ?? '—';
        default:
            return '—';
    }
}
const MARKS = { passed: '✅', failed: '❌', skipped: '⏭️', 'not selected': '', unavailable: '⏭️' };
/** The summary's opening: one row per stage, in pipeline order, then (below it) the stages' own sections. */
function pipelineSummaryTable(records) {
    const rows = PIPELINE_STAGES.map((stage) => {
        const record = records.get(stage) ?? { outcome: { result: 'not selected', reason: "not in 'stages'" } };
        const result = `${MARKS[record.outcome.result]} ${describeOutcome(record.outcome)}`.trim();
        const seconds = record.milliseconds === undefined ? '—' : (0,summary_document/* formatSeconds */.Xo)(record.milliseconds);
        return [stage, result, seconds, record.milliseconds === undefined ? '—' : stageCacheResult(stage, record.outputs)];
    });
    const failed = PIPELINE_STAGES.filter((stage) => records.get(stage)?.outcome.result === 'failed');
    const ran = PIPELINE_STAGES.filter((stage) => records.get(stage)?.milliseconds !== undefined);
    const total = ran.reduce((sum, stage) => sum + (records.get(stage)?.milliseconds ?? 0), 0);
    const verdict = failed.length > 0 ? `failed: ${failed.join(', ')}` : 'passed';
    return [
        { kind: 'heading', text: `Pipeline: ${verdict}` },
        { kind: 'table', header: ['stage', 'result', 'seconds', 'cache'], rows },
        { kind: 'paragraph', text: `${ran.length} stage(s) ran in ${(0,summary_document/* formatSeconds */.Xo)(total)}; each one's own section follows.` },
    ];
}

;// CONCATENATED MODULE: ./src/runtime/io/action-io.ts
/** `io` with some of its methods replaced; the others called on `io` itself. */
function action_io_overridingIO(io, replaced) {
    return new Proxy(io, {
        get(target, property, receiver) {
            if (Object.hasOwn(replaced, property))
                return replaced[property];
            const value = Reflect.get(target, property, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}

;// CONCATENATED MODULE: ./src/actions/pipeline/main.ts


















const STAGES = { setupDeps: main_main, qualityChecks: main, test: testing_main_main, build: build_main_main, publishImage: publish_image_main_main };
/** A stage's outputs under the names the one-step pipeline gives them (see PIPELINE_OUTPUT_RENAMES). */
function renamingOutputs(io, renames) {
    return overridingIO(io, { setOutput: (name, value) => io.setOutput(renames[name] ?? name, value) });
}
const OUTPUT_RENAMES = PIPELINE_OUTPUT_RENAMES;
/**
 * The whole pipeline in one step (the Marketplace action and the local command's `run`): each stage's own main,
 * in order, with the same dependencies. Which stages run is `stages` (publish-image only with `publish: true`);
 * which stop which is STAGE_NEEDS in core/pipeline/plan.ts, the rule stated once. The summary opens with a table
 * of the stages (result, seconds, cache), then each stage's own section; the stages' failures are held and joined
 * into the step's one failure message, within one annotation budget. A stage that throws StageUnavailable is skipped
 * with its note, not failed.
 */
async function pipeline_main_main(given, replaced = {}, observer = {}) {
    const stages = { ...STAGES, ...replaced };
    const read = (name) => given.io.getInput(name);
    // The image's password and secrets are masked before any input is read (an error message could quote them).
    const imageRead = stageInputReader(read, 'publish-image');
    for (const value of secretInputs(imageRead))
        given.io.setSecret(value);
    // Every stage's inputs first: a value a later stage refuses fails the step before anything installs or runs.
    const { selected } = readPipelineInputs(read);
    readSetupDepsInputs(read);
    readQualityChecksInputs(read);
    readTestInputs(read);
    withRootInputNames('build', () => readBuildInputs(stageInputReader(read, 'build')));
    withRootInputNames('publish-image', () => readPublishImageInputs(imageRead));
    // One step: GitHub's per-step caps (10 per level) apply to all stages together, and so does the failure
    // message, which is an error annotation: the stages' failures are held back and joined into one.
    const failures = [];
    const sections = [];
    const holding = action_io_overridingIO(given.io, {
        setFailed: (message) => void failures.push(message),
        writeSummary: async (document) => void sections.push(document),
    });
    const counter = new AnnotationCounter();
    const shared = counter.wrap(holding);
    const skippedLine = (stage, outcome) => {
        if (observer.skipped)
            observer.skipped(stage, outcome);
        else
            shared.info(`${stage}: ${describeOutcome(outcome)}.`);
    };
    const records = new Map();
    const outcomes = new Map();
    const diagnosed = [];
    let thrown;
    let configurationThrown = false;
    const run = {
        'setup-deps': (deps) => stages.setupDeps(deps),
        'quality-checks': (deps) => stages.qualityChecks(deps, { counter }),
        test: (deps) => stages.test(deps, { counter }),
        build: (deps) => stages.build(deps),
        'publish-image': (deps) => stages.publishImage(deps),
    };
    try {
        for (const stage of PIPELINE_STAGES) {
            const gate = stageGate(stage, selected, outcomes);
            if (gate !== undefined) {
                outcomes.set(stage, gate);
                records.set(stage, { outcome: gate });
                if (gate.result === 'skipped')
                    skippedLine(stage, gate);
                continue;
            }
            const outputs = {};
            const renames = OUTPUT_RENAMES[stage] ?? {};
            const io = action_io_overridingIO(shared, {
                getInput: stageInputReader(read, stage),
                setFailed: (message) => shared.setFailed(rootInputNames(message, stage)),
                setOutput: (name, value) => {
                    outputs[name] = value;
                    shared.setOutput(renames[name] ?? name, value);
                },
            });
            const failedBefore = failures.length;
            const started = given.now();
            let failed = false;
            try {
                await run[stage]({ ...given, io });
            }
            catch (error) {
                if ((0,errors/* isStageUnavailable */.PF)(error) && failures.length === failedBefore) {
                    const outcome = { result: 'unavailable', reason: error.message };
                    skippedLine(stage, outcome);
                    outcomes.set(stage, outcome);
                    records.set(stage, { outcome });
                    continue;
                }
                failed = true;
                if ((0,errors/* isConfigurationError */.p0)(error)) {
                    failures.push(rootInputNames(error.message, stage));
                    configurationThrown = true;
                }
                else {
                    thrown ??= error instanceof Error ? error : new Error(String(error));
                }
            }
            failed ||= failures.length > failedBefore;
            if (failures.length > failedBefore) {
                // One diagnosis per failed stage, from everything the stage said (its messages carry the tool's last lines).
                const said = failures.splice(failedBefore).join('\n');
                const fromCache = restoredFromCache(records.get('setup-deps')?.outputs?.['cache-result']);
                const message = (0,report/* withDiagnosis */.IQ)(said, { stage, restoredFromCache: fromCache });
                failures.push(message);
                diagnosed.push({ stage, message });
            }
            const outcome = failed ? { result: 'failed' } : { result: 'passed' };
            outcomes.set(stage, outcome);
            records.set(stage, { outcome, milliseconds: given.now() - started, outputs });
        }
    }
    finally {
        await given.io.writeSummary([...pipelineSummaryTable(records), ...(0,report/* diagnosisSummary */.Ik)(diagnosed), ...sections.flat()]);
    }
    const skipped = PIPELINE_STAGES.filter((stage) => outcomes.get(stage)?.result === 'skipped');
    if (failures.length > 0 && skipped.length > 0) {
        failures.push(`Skipped: ${skipped.map((stage) => `${stage} (${describeOutcome(outcomes.get(stage)).replace(/^skipped: /, '')})`).join(', ')}.`);
    }
    if (thrown !== undefined) {
        if (failures.length > 0)
            given.io.setFailed(failures.join('\n'));
        throw thrown;
    }
    if (configurationThrown)
        throw new errors/* ConfigurationError */.j1(failures.join('\n'));
    if (failures.length > 0)
        given.io.setFailed(failures.join('\n'));
}


/***/ }),

/***/ 5084:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ stripColors),
/* harmony export */   v: () => (/* binding */ stripTerminalCodes)
/* harmony export */ });
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


/***/ }),

/***/ 7581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f4: () => (/* binding */ DIAGNOSIS_PREFIX),
  xo: () => (/* binding */ diagnoseFailure),
  Nb: () => (/* binding */ formatDiagnosis),
  CV: () => (/* binding */ holdsDiagnosis),
  w$: () => (/* binding */ lastLines)
});

// EXTERNAL MODULE: ./src/core/ansi.ts
var ansi = __nccwpck_require__(5084);
;// CONCATENATED MODULE: ./src/core/diagnosis/output-text.ts

/**
 * A tool's output as the lines a person reads on a terminal: colour and cursor codes removed (CSI and OSC
 * sequences, pytest's escaped `#x1B[..m`), a line redrawn after a carriage return kept as drawn last (progress
 * spinners), trailing blanks trimmed. Matchers read these lines and quote them as evidence.
 */
function plainLines(output) {
    return (0,ansi/* stripTerminalCodes */.v)(output).split('\n').map((line) => {
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
/* harmony import */ var _diagnosis_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7581);

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
/* harmony export */   PF: () => (/* binding */ isStageUnavailable),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/* unused harmony export StageUnavailable */
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
/* harmony export */   NK: () => (/* binding */ resolveOutputPath),
/* harmony export */   bF: () => (/* binding */ artifactsInsideProject),
/* harmony export */   eJ: () => (/* binding */ resolveArtifactsFolder),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* unused harmony export isWithin */
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
    return isWithin(repositoryRoot, file) ? node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(repositoryRoot), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file);
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
    const roots = [projectDirectory, places.workspace, ...(places.temp ? [places.temp] : [])].map((root) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root));
    if (roots.includes(resolved)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'artifacts-directory' is '${shown(value)}', which is ${resolved} itself: the action empties its package files there, so give a folder inside it, such as dist-artifacts.`);
    }
    return resolved;
}
/** The artifacts folder relative to the project, when it lies inside it (its tracked files do not count as sources); otherwise none. */
function artifactsInsideProject(projectDirectory, artifactsDirectory) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(projectDirectory, artifactsDirectory);
    if (!isWithin(projectDirectory, resolved))
        return [];
    return [node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(projectDirectory), resolved).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')];
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ secretValues)
/* harmony export */ });
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

/***/ 4273:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runtime_deps_node_probe_at_load_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4441);
/* harmony import */ var _actions_pipeline_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(392);
/* harmony import */ var _runtime_io_error_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3330);
/* harmony import */ var _runtime_io_github_wiring_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(851);
// First of all: node's version is asked while the rest of the bundle loads (see node-probe-at-load.ts).




const deps = { ...(0,_runtime_io_github_wiring_js__WEBPACK_IMPORTED_MODULE_3__/* .githubDependencies */ .F)(), nodeProbe: _runtime_deps_node_probe_at_load_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeProbeAtLoad */ .Y };
await (0,_runtime_io_error_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .runMainWithErrorBoundary */ .F4)(deps.io, () => (0,_actions_pipeline_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(deps));

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

/***/ 2887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ readTarHeader),
/* harmony export */   W: () => (/* binding */ withTar),
/* harmony export */   bh: () => (/* binding */ longNameOf),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   kp: () => (/* binding */ scanEntry),
/* harmony export */   kv: () => (/* binding */ listTarEntries)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        return await body(handle);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ runMainWithErrorBoundary)
/* harmony export */ });
/* unused harmony exports runStageWithErrorBoundary, runPostWithErrorBoundary */
/* harmony import */ var _core_diagnosis_report_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8271);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);




/**
 * The one error boundary of a bundle: what the user can fix fails the step with its message alone; a bug
 * fails it with the stack, so it can be reported.
 */
async function runMainWithErrorBoundary(io, body) {
    try {
        await body();
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isConfigurationError */ .p0)(error))
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
        if (!isConfigurationError(error)) {
            for (const message of held)
                deps.io.setFailed(message);
            deps.io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
            return;
        }
        held.push(error.message);
    }
    if (held.length === 0)
        return;
    const message = withDiagnosis(held.join('\n'), { stage, restoredFromCache: dependenciesFromCache(deps.context.env) });
    const section = diagnosisSummary([{ stage, message }]);
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

/***/ 851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ githubDependencies)
});

// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __nccwpck_require__(8198);
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
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_);
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

// EXTERNAL MODULE: ./src/runtime/files/tar-reader.ts
var tar_reader = __nccwpck_require__(2887);
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
            longName = (0,tar_reader/* longNameOf */.bh)(extended.type, Buffer.concat(extended.parts), longName);
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
                const entry = (0,tar_reader/* readTarHeader */.RO)(header);
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
    for (const secret of (0,secrets/* secretValues */.V)(process.env))
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

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4273);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
