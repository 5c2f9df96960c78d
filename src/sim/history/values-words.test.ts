import { describe, expect, it } from 'vitest';
import { normalizeKey, parseChannel, parseOutcome } from './values-words.ts';

describe('parseChannel', () => {
  it.each([
    ['现场', 'walkIn'],
    ['现场取号', 'walkIn'],
    ['取号', 'walkIn'],
    ['自助机取号', 'walkIn'],
    ['非预约', 'walkIn'],
    ['Walk-in', 'walkIn'],
    ['walk in', 'walkIn'],
    ['On-site', 'walkIn'],
    ['预约', 'appointment'],
    ['网上预约', 'appointment'],
    ['微信预约', 'appointment'],
    ['电话预约', 'appointment'],
    ['Appointment', 'appointment'],
    ['booking', 'appointment'],
    ['错峰', 'staggered'],
    ['错峰预约', 'staggered'],
    ['staggered', 'staggered'],
    ['Off-peak', 'staggered'],
    ['绿色通道', 'green'],
    ['优先', 'green'],
    ['Green channel', 'green'],
    ['priority', 'green'],
  ] as const)('%s → %s', (text, value) => {
    expect(parseChannel(text)).toBe(value);
  });
  it.each(['', '飞鸽传书', 'fax', '？'])('%j → null', (text) => {
    expect(parseChannel(text)).toBeNull();
  });
});

describe('parseOutcome', () => {
  it.each([
    ['已办结', 'served'],
    ['办结', 'served'],
    ['完成', 'served'],
    ['办理完成', 'served'],
    ['Served', 'served'],
    ['completed', 'served'],
    ['未到', 'noShow'],
    ['爽约', 'noShow'],
    ['过号', 'noShow'],
    ['No-show', 'noShow'],
    ['no show', 'noShow'],
    ['弃号', 'abandoned'],
    ['离开', 'abandoned'],
    ['放弃', 'abandoned'],
    ['未办理', 'abandoned'],
    ['Abandoned', 'abandoned'],
    ['left', 'abandoned'],
    ['转办', 'transferred'],
    ['移交', 'transferred'],
    ['转后台', 'transferred'],
    ['Transferred', 'transferred'],
  ] as const)('%s → %s', (text, value) => {
    expect(parseOutcome(text)).toBe(value);
  });
  it.each(['', '办理中', '未办结', '未完成', '办理失败', 'pending'])(
    '%j → null (not a final outcome we know)',
    (text) => {
      expect(parseOutcome(text)).toBeNull();
    },
  );
});

describe('normalizeKey', () => {
  it('folds full-width characters, case, spaces and punctuation', () => {
    expect(normalizeKey('Ｔｉｃｋｅｔ　Ｔｉｍｅ')).toBe('tickettime');
    expect(normalizeKey(' Walk-In ')).toBe('walkin');
    expect(normalizeKey('window_no.')).toBe('windowno');
  });
});
