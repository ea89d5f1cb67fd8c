/**
 * The JavaScript twin of programs/json.lua: a recursive-descent JSON parser reading one
 * character at a time parses the same fixed document n times (objects become plain objects,
 * arrays arrays, null null) and checks the counts of values of each kind and a few values.
 * Strings are byte strings as in Lua: a \u escape becomes its UTF-8 bytes, one char each.
 */

// The document of the Lua program, byte for byte (String.raw keeps its escapes as written).
const DOCUMENT = String.raw`{
  "observatory": "Mount Caldera \"North\" Station",
  "founded": 1962,
  "location": { "latitude": -31.2733, "longitude": 149.0664, "altitude_m": 1165, "timezone": "UTC+10" },
  "open": true,
  "closed_reason": null,
  "telescopes": [
    { "name": "Anglo", "aperture_m": 3.9, "mount": "equatorial", "year": 1974, "active": true,
      "instruments": [ { "id": "HERMES", "bands": ["blue", "green", "red", "ir"], "resolution": 28000 },
                       { "id": "2dF", "bands": [], "fibres": 392, "field_deg": 2.1 },
                       { "id": "Veloce", "bands": ["red"], "resolution": 80000, "notes": "needs\tcryostat" } ] },
    { "name": "Schmidt", "aperture_m": 1.2, "mount": "equatorial", "year": 1973, "active": true,
      "instruments": [ { "id": "TAIPAN", "bands": ["visible"], "fibres": 150, "field_deg": 6.0 } ] },
    { "name": "Skymapper", "aperture_m": 1.35, "mount": "alt-az", "year": 2009, "active": true,
      "instruments": [ { "id": "Imager", "bands": ["u", "v", "g", "r", "i", "z"], "pixels": 268e6 } ] },
    { "name": "Uppsala", "aperture_m": 0.5, "mount": "equatorial", "year": 1957, "active": false,
      "instruments": [], "retired": { "year": 2003, "reason": "dome \u0044amage \/ storm" } }
  ],
  "staff": [
    { "name": "A. Brennan", "role": "director", "since": 2011, "phones": ["+61 2 6842 6211"] },
    { "name": "K. Oyelaran", "role": "astronomer", "since": 2015, "phones": [] },
    { "name": "M. Sato", "role": "engineer", "since": 1998, "phones": ["+61 2 6842 6290", "+61 2 6842 6291"] },
    { "name": "P. Novak", "role": "night assistant", "since": 2020, "phones": null },
    { "name": "R. D'Souza", "role": "astronomer", "since": 2017, "phones": ["+61 2 6842 6244"] }
  ],
  "weather": {
    "station": "WX-1",
    "readings": [
      { "t": 0, "temp_c": 11.5, "humidity": 0.62, "wind_ms": 4.1, "cloud": [0, 0, 1, 0] },
      { "t": 3600, "temp_c": 9.75, "humidity": 0.66, "wind_ms": 3.3, "cloud": [0, 0, 0, 0] },
      { "t": 7200, "temp_c": 8.25, "humidity": 0.71, "wind_ms": 2.9, "cloud": [1, 1, 0, 0] },
      { "t": 10800, "temp_c": 7.0, "humidity": 0.75, "wind_ms": 5.6, "cloud": [2, 1, 1, 0] },
      { "t": 14400, "temp_c": 6.5, "humidity": 0.79, "wind_ms": 7.25, "cloud": [3, 2, 2, 1] },
      { "t": 18000, "temp_c": 6.0, "humidity": 0.8, "wind_ms": 8.0, "cloud": [4, 4, 3, 3] }
    ],
    "limits": { "humidity": 0.85, "wind_ms": 15, "temp_c": [-10, 35] }
  },
  "schedule": [
    [ "2024-03-01", "Anglo", "HERMES", 7.5, { "pi": "K. Oyelaran", "targets": ["NGC 2516", "M 67"] } ],
    [ "2024-03-02", "Anglo", "2dF", 8.0, { "pi": "R. D'Souza", "targets": ["GAMA G15"] } ],
    [ "2024-03-02", "Skymapper", "Imager", 9.25, { "pi": "survey", "targets": [] } ],
    [ "2024-03-03", "Schmidt", "TAIPAN", -1, { "pi": null, "targets": ["engineering"] } ]
  ],
  "checksum": 1.5e-3,
  "escapes": "quote \" backslash \\ slash \/ b\b f\f n\n r\r t\t u\u0041\u00e9\u20ac",
  "empty": { "object": {}, "array": [], "string": "" }
}
`;

type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
interface JsonObject {
  [key: string]: JsonValue;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

// Character tests; past the end, current is '', which is neither.
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** The UTF-8 bytes of a code point below 0x10000, one char per byte. */
function utf8(code: number): string {
  if (code < 0x80) return String.fromCharCode(code);
  if (code < 0x800) return String.fromCharCode(0xc0 + (code >> 6), 0x80 + (code & 0x3f));
  return String.fromCharCode(0xe0 + (code >> 12), 0x80 + ((code >> 6) & 0x3f), 0x80 + (code & 0x3f));
}

class Parser {
  private index = -1;
  private current = '';

  constructor(private readonly input: string) {
    this.read();
  }

  /** Moves to the next character; current is '' past the end. */
  read(): void {
    this.index++;
    this.current = this.index < this.input.length ? this.input[this.index] : '';
  }

  fail(what: string): never {
    throw new Error(`json: parse error at ${this.index + 1}: ${what} expected near '${this.current}'`);
  }

  atEnd(): boolean {
    return this.current === '';
  }

  isAt(c: string): boolean {
    return this.current === c;
  }

  skipWhitespace(): void {
    let c = this.current;
    while (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      this.read();
      c = this.current;
    }
  }

  expect(c: string): void {
    if (this.current !== c) this.fail(`'${c}'`);
    this.read();
  }

  expectWord(word: string): void {
    for (let i = 0; i < word.length; i++) this.expect(word[i]);
  }

  parseString(): string {
    this.expect('"');
    const parts: string[] = [];
    while (this.current !== '"') {
      let c = this.current;
      if (c === '') this.fail(`'"'`);
      if (c === '\\') {
        this.read();
        c = this.current;
        if (c === 'u') {
          let digits = '';
          for (let i = 0; i < 4; i++) {
            this.read();
            if (!isHexDigit(this.current)) this.fail('hexadecimal digit');
            digits += this.current;
          }
          c = utf8(parseInt(digits, 16));
        } else {
          const escaped = ESCAPES[c];
          if (escaped === undefined) this.fail('escape character');
          c = escaped;
        }
      }
      parts.push(c);
      this.read();
    }
    this.read();
    return parts.join('');
  }

  readDigits(): void {
    if (!isDigit(this.current)) this.fail('digit');
    do {
      this.read();
    } while (isDigit(this.current));
  }

  parseNumber(): number {
    const start = this.index;
    if (this.isAt('-')) this.read();
    this.readDigits();
    if (this.isAt('.')) {
      this.read();
      this.readDigits();
    }
    if (this.isAt('e') || this.isAt('E')) {
      this.read();
      if (this.isAt('+') || this.isAt('-')) this.read();
      this.readDigits();
    }
    return Number(this.input.substring(start, this.index));
  }

  parseObject(): JsonObject {
    this.expect('{');
    const object: JsonObject = {};
    this.skipWhitespace();
    if (this.current === '}') {
      this.read();
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      const key = this.parseString();
      this.skipWhitespace();
      this.expect(':');
      object[key] = this.parseValue();
      if (this.current === '}') break;
      this.expect(',');
    }
    this.read();
    return object;
  }

  parseArray(): JsonValue[] {
    this.expect('[');
    const array: JsonValue[] = [];
    this.skipWhitespace();
    if (this.current === ']') {
      this.read();
      return array;
    }
    for (;;) {
      array.push(this.parseValue());
      if (this.current === ']') break;
      this.expect(',');
    }
    this.read();
    return array;
  }

  /** A value with the whitespace around it. */
  parseValue(): JsonValue {
    this.skipWhitespace();
    const c = this.current;
    let value: JsonValue;
    if (c === '{') {
      value = this.parseObject();
    } else if (c === '[') {
      value = this.parseArray();
    } else if (c === '"') {
      value = this.parseString();
    } else if (c === 't') {
      this.expectWord('true');
      value = true;
    } else if (c === 'f') {
      this.expectWord('false');
      value = false;
    } else if (c === 'n') {
      this.expectWord('null');
      value = null;
    } else if (c === '-' || isDigit(c)) {
      value = this.parseNumber();
    } else {
      return this.fail('value');
    }
    this.skipWhitespace();
    return value;
  }
}

function parse(input: string): JsonValue {
  const p = new Parser(input);
  const value = p.parseValue();
  if (!p.atEnd()) p.fail('end of input');
  return value;
}

const KINDS = ['object', 'array', 'empty', 'string', 'number', 'boolean', 'null'] as const;
type Kind = (typeof KINDS)[number];
type Counts = Record<Kind, number>;
const EXPECTED: Counts = { object: 30, array: 28, empty: 6, string: 65, number: 82, boolean: 5, null: 3 };

/** Counts the values of each kind; empty arrays and empty objects count as "empty". */
function count(value: JsonValue, counts: Counts): void {
  if (value === null) {
    counts.null++;
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      counts.empty++;
    } else {
      counts.array++;
      for (const item of value) count(item, counts);
    }
  } else if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      counts.empty++;
    } else {
      counts.object++;
      for (const key of keys) count(value[key], counts);
    }
  } else if (typeof value === 'string') {
    counts.string++;
  } else if (typeof value === 'number') {
    counts.number++;
  } else {
    counts.boolean++;
  }
}

// Path access into the parsed document for the checks, array positions counted from 1 as in
// the Lua program; a path that does not exist reads undefined.
function at(value: JsonValue | undefined, ...path: (string | number)[]): JsonValue | undefined {
  let v: unknown = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[typeof key === 'number' ? key - 1 : key];
  }
  return v as JsonValue | undefined;
}

function check(doc: JsonValue): Counts {
  const counts: Counts = { object: 0, array: 0, empty: 0, string: 0, number: 0, boolean: 0, null: 0 };
  count(doc, counts);
  for (const kind of KINDS) {
    if (counts[kind] !== EXPECTED[kind]) {
      throw new Error(`json: wrong result ${counts[kind]} ${kind} values, expected ${EXPECTED[kind]}`);
    }
  }
  const ok =
    at(doc, 'observatory') === 'Mount Caldera "North" Station' &&
    at(doc, 'location', 'latitude') === -31.2733 &&
    at(doc, 'telescopes', 1, 'instruments', 3, 'notes') === 'needs\tcryostat' &&
    at(doc, 'telescopes', 3, 'instruments', 1, 'pixels') === 268000000 &&
    at(doc, 'telescopes', 4, 'retired', 'reason') === 'dome Damage / storm' &&
    at(doc, 'staff', 4, 'phones') === null &&
    at(doc, 'weather', 'readings', 5, 'wind_ms') === 7.25 &&
    at(doc, 'weather', 'limits', 'temp_c', 1) === -10 &&
    at(doc, 'schedule', 4, 4) === -1 &&
    at(doc, 'schedule', 4, 5, 'pi') === null &&
    at(doc, 'checksum') === 0.0015 &&
    at(doc, 'escapes') === 'quote " backslash \\ slash / b\b f\f n\n r\r t\t uA\xc3\xa9\xe2\x82\xac' &&
    at(doc, 'empty', 'string') === '';
  if (!ok) throw new Error("json: wrong result: a value differs from the document's");
  return counts;
}

export function run(n: number): string {
  let counts: Counts | undefined;
  for (let i = 0; i < n; i++) counts = check(parse(DOCUMENT));
  let values = 0;
  for (const kind of KINDS) values += counts![kind];
  return `json: ${n} parses of ${DOCUMENT.length} bytes, ${values} values each`;
}
