import { describe, expect, it } from 'vitest';
import { composeSvg, csvNumber, escapeXml } from './export.ts';
import { legendLayout, SWATCH_WIDTH, textWidth, wrapText } from './legend.ts';

const swatch =
  '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="14"><line x1="1" x2="27" y1="7" y2="7" stroke="#0072B2"/></svg>';
const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><path d="M0,0L10,10"/></svg>';

describe('chart export', () => {
  it('escapes text for XML', () => {
    expect(escapeXml(`a < b & "c" 'd' >`)).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;');
  });

  it('composes one SVG: title, legend, the chart, caption lines and the font', () => {
    const { svg, width, height } = composeSvg({
      title: '全天等候时间 · 申报期',
      caption: '按时办结率：92%\nHallFlow · 演示 · 合成数据',
      legend: [
        { swatch, label: '平均等候时间' },
        { swatch, label: 'p90 <wait>' },
      ],
      chart,
      width: 600,
      height: 300,
    });
    expect(width).toBe(632);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(`<svg xmlns="http://www.w3.org/2000/svg" width="632" height="${height}"`);
    expect(svg).toContain('font-family="system-ui');
    expect(svg).toContain('>全天等候时间 · 申报期</text>');
    expect(svg).toContain('>p90 &lt;wait&gt;</text>');
    expect(svg).toContain(chart);
    expect(svg).toContain('>按时办结率：92%</text>');
    expect(svg).toContain('>HallFlow · 演示 · 合成数据</text>');
    // Title, one legend row, the chart and two caption lines fit in the height.
    expect(height).toBeGreaterThan(300 + 16 + 20 + 2 * 11);
    expect(height).toBeLessThan(300 + 140);
  });

  it('estimates text widths (CJK square, Latin narrower) and wraps legend rows', () => {
    expect(textWidth('等候', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6, 9);
    const labels = ['Mean wait', '90th percentile wait', 'Confidence band', 'Target 15 min'];
    const wide = legendLayout(labels, 1000);
    expect(wide.every((p) => p.y === 0)).toBe(true);
    expect(wide[1].x).toBeCloseTo(SWATCH_WIDTH + 6 + textWidth('Mean wait', 12) + 16, 9);
    const narrow = legendLayout(labels, 200);
    expect(narrow.map((p) => p.y)).toEqual([0, 20, 40, 60]);
  });

  it('wraps long caption lines to the chart’s width: between words, and between CJK characters', () => {
    // 11 px: a CJK character is 11 wide, a Latin letter 6.38, a space 3.3.
    expect(wrapText('银行网点：平均等候 0.41 分钟', 60, 11)).toEqual(['银行网点：', '平均等候', '0.41 分钟']);
    expect(wrapText('mean wait 0.41 min (±0.05)', 70, 11)).toEqual(['mean wait', '0.41 min', '(±0.05)']);
    expect(wrapText('short', 600, 11)).toEqual(['short']);
    expect(wrapText('', 600, 11)).toEqual(['']);
    const { svg } = composeSvg({
      title: 't',
      caption: `${'等候'.repeat(40)}\nHallFlow`,
      legend: [],
      chart,
      width: 600,
      height: 300,
    });
    // 80 CJK characters of 11 px in 600 px: two lines, then the second caption line.
    expect(svg.match(/<text x="16" y="\d+" font-size="11"/g)).toHaveLength(3);
  });

  it('rounds CSV numbers and leaves gaps empty', () => {
    expect(csvNumber(1.23456)).toBe(1.235);
    expect(csvNumber(null)).toBeNull();
    expect(csvNumber(NaN)).toBeNull();
    expect(csvNumber(0.1234567, 6)).toBe(0.123457);
  });
});
