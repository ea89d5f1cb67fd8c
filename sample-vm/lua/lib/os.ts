/**
 * The os library (Lua 5.1's loslib.c): clock, time, date, difftime, getenv, exit, remove,
 * rename, tmpname, execute, setlocale.
 *
 * Calendar arithmetic is done here on integers (days from the civil date, as glibc's gmtime
 * and mktime do), so UTC dates ("!" formats) are exact over any range glibc handles; local
 * time is UTC shifted by the zone's offset for that instant (the zone named by TZ, read at each
 * call as tzset does, through Intl; else the host's default zone through Date), and `os.time{...}`
 * normalizes out-of-range fields like mktime, including 5.1's isdst rule (a given isdst that
 * disagrees with the zone moves the result by the one-hour DST shift, as glibc does).
 * `os.date` supports every strftime conversion glibc has, in the C locale; an unknown one is
 * copied as is. The local zone's name (%Z) comes from Intl, which may spell a zone differently
 * from the C library (e.g. "GMT+1" where glibc says "CET"). Only the C locale exists:
 * setlocale answers "C" for "C", "POSIX" and "" (and for queries) and nil otherwise.
 */

import { closeSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { LuaTable } from '../value/table.js';
import { toNumber } from '../value/number.js';
import { truthy, type LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkNumber, checkOption, checkString, checkTable, optInt, optString, setNatives, toInteger } from './args.js';
import { failure, osPath } from './file.js';
import { makeTempFile } from './io.js';

// ---------------------------------------------------------------------------------------------
// Calendar

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, any day). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** C's struct tm (year in full, month 1..12, yday 0-based, wday 0 = Sunday). */
export interface BrokenDownTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: boolean;
  /** Seconds east of UTC. */
  gmtoff: number;
  utc: boolean;
  /** The instant, in seconds since the epoch. */
  time: number;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The fields of the instant `t + offset` read as UTC (gmtime of the shifted time). */
function breakDown(t: number, offset: number, isdst: boolean, utc: boolean): BrokenDownTime {
  const local = t + offset;
  const days = Math.floor(local / 86400);
  let secs = local - days * 86400;
  const hour = Math.floor(secs / 3600);
  secs -= hour * 3600;
  const min = Math.floor(secs / 60);
  const sec = secs - min * 60;
  // civil from days (Howard Hinnant's algorithm)
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const wday = (((days + 4) % 7) + 7) % 7;
  const yday = days - daysFromCivil(year, 1, 1);
  return { year, month, day, hour, min, sec, wday, yday, isdst, gmtoff: offset, utc, time: t };
}

/** Intl formatters for the zones named by TZ (undefined: not a zone Intl knows). */
const zoneFormatters = new Map<string, Intl.DateTimeFormat | undefined>();

/**
 * The zone named by the TZ environment variable, read at each call as the C library does
 * (tzset), when Intl knows it; undefined means the host's default zone (Date's).
 */
function zoneFormatter(): Intl.DateTimeFormat | undefined {
  const tz = process.env.TZ;
  if (tz === undefined || tz === '') return undefined;
  if (!zoneFormatters.has(tz)) {
    let f: Intl.DateTimeFormat | undefined;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        timeZoneName: 'short',
      });
    } catch {
      f = undefined;
    }
    zoneFormatters.set(tz, f);
  }
  return zoneFormatters.get(tz);
}

/** The host's offset east of UTC at instant t, in seconds (0 outside Date's range). */
function offsetAt(t: number): number {
  const d = new Date(Math.floor(t) * 1000);
  if (Number.isNaN(d.getTime())) return 0;
  const f = zoneFormatter();
  if (f === undefined) return -d.getTimezoneOffset() * 60;
  const parts = f.formatToParts(d);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return asUtc / 1000 - Math.floor(t);
}

/** Is instant t in daylight saving time in the host's zone (offset is its offset)? */
function isDstAt(t: number, offset: number): boolean {
  const year = new Date(t * 1000).getUTCFullYear();
  if (Number.isNaN(year)) return false;
  const jan = offsetAt(Date.UTC(year, 0, 1) / 1000);
  const jul = offsetAt(Date.UTC(year, 6, 1) / 1000);
  return jan !== jul && offset === Math.max(jan, jul);
}

/** gmtime or localtime; undefined when the year does not fit C's int. */
export function timeToFields(t: number, utc: boolean): BrokenDownTime | undefined {
  const offset = utc ? 0 : offsetAt(t);
  const tm = breakDown(t, offset, utc ? false : isDstAt(t, offset), utc);
  return Math.abs(tm.year - 1900) > 2147483647 ? undefined : tm;
}

/**
 * mktime: local calendar fields (any range: normalized) to an instant; isdst -1 = unknown.
 * As in C, -1 is also the answer for 1969-12-31 23:59:59 UTC, which os.time reports as nil.
 */
export function fieldsToTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  min: number,
  sec: number,
  isdst: number,
): number {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  const local = (daysFromCivil(y, m, 1) + day - 1) * 86400 + hour * 3600 + min * 60 + sec;
  // the offset in force at the result; a local time skipped by a DST change keeps the first guess
  const off1 = offsetAt(local);
  let t = local - off1;
  let off = off1;
  const off2 = offsetAt(t);
  if (off2 !== off1 && offsetAt(local - off2) === off2) {
    t = local - off2;
    off = off2;
  }
  if (isdst >= 0) {
    const actual = isDstAt(t, off);
    if (actual && isdst === 0) t += 3600;
    else if (!actual && isdst > 0) t -= 3600;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// strftime in the C locale

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function pad(n: number, width: number, fill = '0'): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < width) s = fill + s;
  return neg ? '-' + s : s;
}

/** glibc's iso_week_days: days since the start of the ISO week-based year's first week. */
function isoWeekDays(yday: number, wday: number): number {
  const big = (Math.trunc(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + big) % 7) + 3;
}

/** %G and %V: [ISO year, ISO week]. */
function isoWeek(tm: BrokenDownTime): [number, number] {
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

function zoneName(tm: BrokenDownTime): string {
  if (tm.utc) return 'GMT';
  const date = new Date(tm.time * 1000);
  try {
    const f = zoneFormatter() ?? new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
    return f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** One strftime conversion (`c` is the character after '%'). */
function convert(c: string, tm: BrokenDownTime): string {
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a':
      return DAYS[tm.wday].slice(0, 3);
    case 'A':
      return DAYS[tm.wday];
    case 'b':
    case 'h':
      return MONTHS[tm.month - 1].slice(0, 3);
    case 'B':
      return MONTHS[tm.month - 1];
    case 'c':
      return strftime('%a %b %e %H:%M:%S %Y', tm);
    case 'C':
      return pad(Math.floor(tm.year / 100), 2);
    case 'd':
      return pad(tm.day, 2);
    case 'D':
      return strftime('%m/%d/%y', tm);
    case 'e':
      return pad(tm.day, 2, ' ');
    case 'F':
      return strftime('%Y-%m-%d', tm);
    case 'g':
      return pad((((isoWeek(tm)[0] % 100) + 100) % 100), 2);
    case 'G':
      return String(isoWeek(tm)[0]);
    case 'H':
      return pad(tm.hour, 2);
    case 'I':
      return pad(hour12, 2);
    case 'j':
      return pad(tm.yday + 1, 3);
    case 'k':
      return pad(tm.hour, 2, ' ');
    case 'l':
      return pad(hour12, 2, ' ');
    case 'm':
      return pad(tm.month, 2);
    case 'M':
      return pad(tm.min, 2);
    case 'n':
      return '\n';
    case 'p':
      return tm.hour < 12 ? 'AM' : 'PM';
    case 'P':
      return tm.hour < 12 ? 'am' : 'pm';
    case 'r':
      return strftime('%I:%M:%S %p', tm);
    case 'R':
      return strftime('%H:%M', tm);
    case 's':
      return String(tm.utc ? fieldsToTime(tm.year, tm.month, tm.day, tm.hour, tm.min, tm.sec, -1) : tm.time);
    case 'S':
      return pad(tm.sec, 2);
    case 't':
      return '\t';
    case 'T':
      return strftime('%H:%M:%S', tm);
    case 'u':
      return String(tm.wday === 0 ? 7 : tm.wday);
    case 'U':
      return pad(Math.floor((tm.yday + 7 - tm.wday) / 7), 2);
    case 'V':
      return pad(isoWeek(tm)[1], 2);
    case 'w':
      return String(tm.wday);
    case 'W':
      return pad(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2);
    case 'x':
      return strftime('%m/%d/%y', tm);
    case 'X':
      return strftime('%H:%M:%S', tm);
    case 'y':
      return pad((((tm.year % 100) + 100) % 100), 2);
    case 'Y':
      return String(tm.year);
    case 'z': {
      const off = Math.abs(tm.gmtoff);
      return (tm.gmtoff < 0 ? '-' : '+') + pad(Math.floor(off / 3600), 2) + pad(Math.floor((off % 3600) / 60), 2);
    }
    case 'Z':
      return zoneName(tm);
    case '%':
      return '%';
    default:
      return '%' + c;
  }
}

/** os.date's formatting loop: '%' and the next character are one conversion. */
export function strftime(format: string, tm: BrokenDownTime): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%' || i + 1 === format.length) out += ch;
    else out += convert(format[++i], tm);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** os.time's getfield: an integer field of the date table, or the default (required if negative). */
function dateField(rt: LuaRuntime, t: LuaTable, key: string, def: number): number {
  const v = rt.index(t, key);
  const n = typeof v === 'number' ? v : typeof v === 'string' ? toNumber(v) : undefined;
  if (n !== undefined) return toInteger(n) | 0;
  if (def < 0) rt.error(`field '${key}' missing in date table`);
  return def;
}

/** Converts a host string (environment) to Lua bytes: its UTF-8 encoding as latin1. */
function hostToBytes(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

const LOCALE_CATEGORIES = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time'];

export function openOs(rt: LuaRuntime): void {
  const lib = new LuaTable();

  setNatives(rt, lib, {
    clock: () => {
      const u = process.cpuUsage();
      return [(u.user + u.system) / 1e6];
    },

    date: (rt, args) => {
      let format = optString(rt, args, 1, '%c');
      const t = args[1] === undefined ? Math.floor(Date.now() / 1000) : Math.trunc(checkNumber(rt, args, 2));
      const utc = format[0] === '!';
      if (utc) format = format.slice(1);
      const tm = timeToFields(t, utc);
      if (tm === undefined) return [undefined];
      if (format === '*t') {
        const r = new LuaTable(0, 9);
        r.setStr('sec', tm.sec);
        r.setStr('min', tm.min);
        r.setStr('hour', tm.hour);
        r.setStr('day', tm.day);
        r.setStr('month', tm.month);
        r.setStr('year', tm.year);
        r.setStr('wday', tm.wday + 1);
        r.setStr('yday', tm.yday + 1);
        r.setStr('isdst', tm.isdst);
        return [r];
      }
      return [strftime(format, tm)];
    },

    difftime: (rt, args) => {
      const a = Math.trunc(checkNumber(rt, args, 1));
      const b = args[1] === undefined ? 0 : Math.trunc(checkNumber(rt, args, 2));
      return [a - b];
    },

    execute: (rt, args) => {
      if (args[0] === undefined) return [1];
      const command = checkString(rt, args, 1);
      const r = spawnSync('/bin/sh', ['-c', Buffer.from(command, 'latin1').toString()], {
        stdio: ['inherit', 'pipe', 'pipe'],
      });
      if (r.stdout !== null && r.stdout.length > 0) rt.writeStdout(r.stdout.toString('latin1'));
      if (r.stderr !== null && r.stderr.length > 0) rt.writeStderr(r.stderr.toString('latin1'));
      if (r.error !== undefined) return [-1];
      if (r.signal !== null) return [signalNumber(r.signal)];
      return [(r.status ?? 0) * 256];
    },

    exit: (rt, args) => rt.exit(optInt(rt, args, 1, 0) | 0),

    getenv: (rt, args) => {
      const v = process.env[checkString(rt, args, 1)];
      return [v === undefined ? undefined : hostToBytes(v)];
    },

    remove: (rt, args) => {
      const name = checkString(rt, args, 1);
      try {
        unlinkSync(osPath(name));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'EISDIR' && code !== 'EPERM') return failure(e, name);
        try {
          rmdirSync(osPath(name));
        } catch (e2) {
          return failure(code === 'EPERM' ? e : e2, name);
        }
      }
      return [true];
    },

    rename: (rt, args) => {
      const from = checkString(rt, args, 1);
      const to = checkString(rt, args, 2);
      try {
        renameSync(osPath(from), osPath(to));
      } catch (e) {
        return failure(e, from);
      }
      return [true];
    },

    setlocale: (rt, args) => {
      const locale = args[0] === undefined ? undefined : checkString(rt, args, 1);
      checkOption(rt, args, 2, 'all', LOCALE_CATEGORIES);
      if (locale === undefined || locale === '' || locale === 'C' || locale === 'POSIX') return ['C'];
      return [undefined];
    },

    time: (rt, args) => {
      if (args[0] === undefined) return [Math.floor(Date.now() / 1000)];
      const t = checkTable(rt, args, 1);
      const sec = dateField(rt, t, 'sec', 0);
      const min = dateField(rt, t, 'min', 0);
      const hour = dateField(rt, t, 'hour', 12);
      const day = dateField(rt, t, 'day', -1);
      const month = dateField(rt, t, 'month', -1);
      const year = dateField(rt, t, 'year', -1);
      const dst: LuaValue = rt.index(t, 'isdst');
      const isdst = dst === undefined ? -1 : truthy(dst) ? 1 : 0;
      const r = fieldsToTime(year, month, day, hour, min, sec, isdst);
      return [r === -1 ? undefined : r];
    },

    tmpname: (rt) => {
      const made = makeTempFile();
      if (made === undefined) return rt.error('unable to generate a unique filename');
      closeSync(made.fd);
      return [made.name];
    },
  });

  rt.globals.setStr('os', lib);
  rt.loaded.setStr('os', lib);
}

/** The number of a signal name ('SIGKILL' -> 9), as system() reports a killed command. */
function signalNumber(name: string): number {
  return (osConstants.signals as Record<string, number>)[name] ?? 0;
}
