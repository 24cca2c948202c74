// Decisions per month as an SVG bar chart, no chart library: each bar is the month's decisions, its top part (dark
// red, under a white line) those made after over 7 working days, with the late share printed above the bar. For
// assistive technology the chart is one image (role="img") whose text alternative sums it up; the table next to it
// holds every figure.

import { formatMonthInText, useLanguage, useT } from '@tuki/ui';
import { formatCount, formatPercentNumber, formatShare, shortMonth } from './format.ts';
import type { ProcessingTimeStatistics } from './statistics-api.ts';

const HEIGHT = 260;
const TOP = 28;
const BOTTOM = 40;
const LEFT = 48;
const BAR_SLOT = 56;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

/** A round upper bound for the axis: 1, 2, 5 × 10^n. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function StatisticsChart({ statistics }: { statistics: ProcessingTimeStatistics }) {
  const t = useT();
  const { language } = useLanguage();
  const months = statistics.months;
  const total = statistics.total;
  if (total.decided === 0) return <p data-testid="statistics-chart-empty">{t('statistics.chart.empty')}</p>;

  const max = niceMax(Math.max(...months.map((month) => month.decided)));
  const width = LEFT + months.length * BAR_SLOT + 8;
  const y = (value: number) => TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;
  // With many months, every nth label so that they do not overlap.
  const labelEvery = Math.ceil(months.length / 24);
  const busiest = months.reduce((best, month) => (month.decided > best.decided ? month : best));
  const latest = months.reduce((best, month) =>
    (month.lateShare ?? -1) > (best.lateShare ?? -1) ? month : best,
  );
  const summary = t('statistics.chart.summary', {
    from: formatMonthInText(statistics.from, language),
    to: formatMonthInText(statistics.to, language),
    decided: formatCount(total.decided, language),
    late: formatPercentNumber(total.lateShare ?? 0, language),
    maxMonth: formatMonthInText(busiest.month, language),
    max: formatCount(busiest.decided, language),
    lateMonth: formatMonthInText(latest.month, language),
    lateMax: formatPercentNumber(latest.lateShare ?? 0, language),
  });

  return (
    <div className="statistics-chart">
      <div className="statistics-chart-scroll">
        <svg
          role="img"
          aria-labelledby="statistics-chart-title statistics-chart-desc"
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          data-testid="statistics-chart"
        >
          <title id="statistics-chart-title">{t('statistics.chart.title')}</title>
          <desc id="statistics-chart-desc">{summary}</desc>
          {[0, 0.5, 1].map((fraction) => (
            <g key={fraction}>
              <line
                x1={LEFT}
                x2={width - 8}
                y1={y(max * fraction)}
                y2={y(max * fraction)}
                className="statistics-chart-grid"
              />
              <text x={LEFT - 6} y={y(max * fraction) + 4} textAnchor="end" className="statistics-chart-axis">
                {formatCount(max * fraction, language)}
              </text>
            </g>
          ))}
          {months.map((month, index) => {
            const x = LEFT + index * BAR_SLOT + 10;
            const barWidth = BAR_SLOT - 20;
            const onTime = month.decided - month.decidedLate;
            return (
              <g key={month.month}>
                {month.decided > 0 ? (
                  <>
                    <rect
                      x={x}
                      width={barWidth}
                      y={y(onTime)}
                      height={y(0) - y(onTime)}
                      className="statistics-bar-on-time"
                    />
                    {month.decidedLate > 0 ? (
                      <rect
                        x={x}
                        width={barWidth}
                        y={y(month.decided)}
                        height={y(onTime) - y(month.decided)}
                        className="statistics-bar-late"
                      />
                    ) : null}
                    <text
                      x={x + barWidth / 2}
                      y={y(month.decided) - 6}
                      textAnchor="middle"
                      className="statistics-chart-value"
                    >
                      {month.lateShare === null ? '' : formatShare(month.lateShare, language)}
                    </text>
                  </>
                ) : null}
                {index % labelEvery === 0 ? (
                  <text
                    x={x + barWidth / 2}
                    y={HEIGHT - BOTTOM + 18}
                    textAnchor="middle"
                    className="statistics-chart-axis"
                  >
                    {shortMonth(month.month)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line x1={LEFT} x2={width - 8} y1={y(0)} y2={y(0)} className="statistics-chart-baseline" />
        </svg>
      </div>
      <div className="statistics-legend" aria-hidden="true">
        <span>
          <span className="statistics-swatch statistics-swatch-on-time" /> {t('statistics.chart.onTime')}
        </span>
        <span>
          <span className="statistics-swatch statistics-swatch-late" /> {t('statistics.chart.late')}
        </span>
      </div>
    </div>
  );
}
