// GitHub Actions expressions, evaluated as the runner does for the subset workflows use, so that tests can check
// what a workflow's conditions decide in a given run (a push to the default branch, a pull request, a failed job)
// rather than how they are spelled. Reference: docs.github.com, "Evaluate expressions in workflows and actions":
// operators ( ) [ ] . ! < <= > >= == != && ||, loose equality (numbers coerced, strings compared ignoring case),
// && and || returning an operand, property names matched ignoring case, a missing property being null.

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** The contexts (github, inputs, needs, matrix, steps, secrets...) and the job status functions' answers. */
export interface ExpressionContext {
  contexts: Record<string, Value>;
  /** What success() and failure() answer for a job's `if`: the results of the jobs it needs. */
  needsResults?: string[];
  cancelled?: boolean;
}

type Token = { type: 'number' | 'string' | 'name' | 'op'; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const string = /^'((?:[^']|'')*)'/.exec(rest);
    const number = /^(?:0x[0-9a-f]+|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)/i.exec(rest);
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
    const op = /^(?:&&|\|\||==|!=|<=|>=|[()[\].,!<>*])/.exec(rest);
    if (string) tokens.push({ type: 'string', value: string[1].replace(/''/g, "'") });
    else if (number) tokens.push({ type: 'number', value: number[0] });
    else if (name) tokens.push({ type: 'name', value: name[0] });
    else if (op) tokens.push({ type: 'op', value: op[0] });
    else throw new Error(`Unexpected character in expression at ${index}: ${source}`);
    index += (string ?? number ?? name ?? op)![0].length;
  }
  return tokens;
}

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'context'; name: string }
  | { kind: 'property'; object: Node; key: Node }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

function parse(source: string): Node {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const take = (value?: string): Token => {
    const token = tokens[position];
    if (token === undefined || (value !== undefined && token.value !== value)) {
      throw new Error(`Expected ${value ?? 'a token'} at token ${position} of: ${source}`);
    }
    position += 1;
    return token;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let left = next();
    while (peek()?.type === 'op' && ops.includes(peek()!.value)) {
      const op = take().value;
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = take();
    if (token.type === 'string') return { kind: 'literal', value: token.value };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.value) };
    if (token.type === 'op' && token.value === '(') {
      const inner = or();
      take(')');
      return inner;
    }
    if (token.type === 'name') {
      const lower = token.value.toLowerCase();
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
      if (lower === 'null') return { kind: 'literal', value: null };
      if (peek()?.value === '(') {
        take('(');
        const args: Node[] = [];
        while (peek()?.value !== ')') {
          args.push(or());
          if (peek()?.value === ',') take(',');
        }
        take(')');
        return { kind: 'call', name: lower, args };
      }
      return { kind: 'context', name: token.value };
    }
    throw new Error(`Unexpected '${token.value}' in: ${source}`);
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (peek()?.value === '.') {
        take('.');
        node = { kind: 'property', object: node, key: { kind: 'literal', value: take().value } };
      } else if (peek()?.value === '[') {
        take('[');
        node = { kind: 'property', object: node, key: or() };
        take(']');
      } else return node;
    }
  };
  const unary = (): Node => (peek()?.value === '!' ? (take('!'), { kind: 'not', operand: unary() }) : postfix());
  const comparison = binary(unary, ['<', '<=', '>', '>=']);
  const equality = binary(comparison, ['==', '!=']);
  const and = binary(equality, ['&&']);
  const or = binary(and, ['||']);
  const tree = or();
  if (position !== tokens.length) throw new Error(`Unexpected '${tokens[position].value}' in: ${source}`);
  return tree;
}

export function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === '' || (typeof value === 'number' && Number.isNaN(value)));
}

function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return NaN;
}

/** The text of a value where an expression is embedded in a string (and what `format` substitutes). */
export function toText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function compare(op: string, left: Value, right: Value): boolean {
  let order: number;
  if (typeof left === 'string' && typeof right === 'string') {
    const [a, b] = [left.toUpperCase(), right.toUpperCase()];
    order = a === b ? 0 : a < b ? -1 : 1;
  } else if (typeof left === typeof right && (typeof left === 'object' || left === null)) {
    if (op === '==' || op === '!=') return (left === right) === (op === '==');
    return false;
  } else {
    const [a, b] = [toNumber(left), toNumber(right)];
    if (Number.isNaN(a) || Number.isNaN(b)) return op === '!=';
    order = a === b ? 0 : a < b ? -1 : 1;
  }
  switch (op) {
    case '==': return order === 0;
    case '!=': return order !== 0;
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    default: return order >= 0;
  }
}

function property(object: Value, key: Value): Value {
  if (Array.isArray(object)) return typeof key === 'number' ? (object[key] ?? null) : null;
  if (object === null || typeof object !== 'object') return null;
  const name = toText(key);
  if (Object.hasOwn(object, name)) return object[name];
  const match = Object.keys(object).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return match === undefined ? null : object[match];
}

function call(name: string, args: Value[], context: ExpressionContext): Value {
  const results = context.needsResults ?? [];
  switch (name) {
    case 'success': return !context.cancelled && results.every((result) => result === 'success');
    case 'failure': return results.some((result) => result === 'failure');
    case 'cancelled': return context.cancelled === true;
    case 'always': return true;
    case 'contains': {
      const [haystack, needle] = args;
      if (Array.isArray(haystack)) return haystack.some((item) => compare('==', item, needle));
      return toText(haystack).toLowerCase().includes(toText(needle).toLowerCase());
    }
    case 'startswith': return toText(args[0]).toLowerCase().startsWith(toText(args[1]).toLowerCase());
    case 'endswith': return toText(args[0]).toLowerCase().endsWith(toText(args[1]).toLowerCase());
    case 'format': return toText(args[0]).replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index?: string) => (index === undefined ? match[0] : toText(args[Number(index) + 1] ?? null)));
    case 'join': return Array.isArray(args[0]) ? args[0].map(toText).join(args[1] === undefined ? ',' : toText(args[1])) : toText(args[0]);
    case 'tojson': return JSON.stringify(args[0], null, 2);
    case 'fromjson': return JSON.parse(toText(args[0])) as Value;
    default: throw new Error(`The expression function ${name}() is not evaluated here.`);
  }
}

function evaluateNode(node: Node, context: ExpressionContext): Value {
  switch (node.kind) {
    case 'literal': return node.value;
    case 'context': return property(context.contexts, node.name);
    case 'property': return property(evaluateNode(node.object, context), evaluateNode(node.key, context));
    case 'call': return call(node.name, node.args.map((arg) => evaluateNode(arg, context)), context);
    case 'not': return !truthy(evaluateNode(node.operand, context));
    case 'binary': {
      const left = evaluateNode(node.left, context);
      if (node.op === '&&') return truthy(left) ? evaluateNode(node.right, context) : left;
      if (node.op === '||') return truthy(left) ? left : evaluateNode(node.right, context);
      return compare(node.op, left, evaluateNode(node.right, context));
    }
  }
}

/** One expression, without `${{ }}`. */
export function evaluate(expression: string, context: ExpressionContext): Value {
  return evaluateNode(parse(expression), context);
}

/** A string with `${{ }}` expressions in it, as the runner renders it; a string that is one expression gives its value. */
export function evaluateTemplate(text: string, context: ExpressionContext): Value {
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole && !whole[1].includes('}}')) return evaluate(whole[1], context);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => toText(evaluate(expression, context)));
}

const STATUS_FUNCTION = /\b(?:success|failure|cancelled|always)\s*\(/;

/**
 * A job's or step's `if`, as the runner decides it: with or without `${{ }}`, and with an implied `success() &&`
 * when it calls no status function. A missing `if` is `success()`.
 */
export function evaluateIf(condition: string | undefined, context: ExpressionContext): boolean {
  const source = condition === undefined ? 'success()' : condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const expression = STATUS_FUNCTION.test(source) ? source : `success() && (${source})`;
  return truthy(evaluate(expression, context));
}
