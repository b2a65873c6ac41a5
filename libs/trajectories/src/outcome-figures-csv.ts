import { toCsv, type CsvCell, type LocalisedMessage } from '@werkbrug/core';
import { ConversionStep, type ConversionView } from './conversion';
import type { OutcomeFiguresView, OutcomeRowView } from './outcome-figures.service';

/**
 * The figures as CSV, in Dutch (the region's working language): one line per group and figure with its value,
 * numerator, denominator and definition; a suppressed figure says so instead of a number.
 */
export function outcomeFiguresCsv(
  view: OutcomeFiguresView,
  conversion?: ConversionView & { definition: LocalisedMessage },
): string {
  const definition = new Map(view.definitions.map((d) => [d.key, d.text.nl]));
  const lines: CsvCell[][] = [
    [
      'regio',
      'van',
      'tot_en_met',
      'uitsplitsing',
      'groep',
      'cijfer',
      'waarde',
      'teller',
      'noemer',
      'onderdrukt',
      'definitie',
    ],
  ];
  const rowLines = (row: OutcomeRowView) =>
    row.figures.map((f): CsvCell[] => [
      view.regionCode,
      view.from,
      view.to,
      view.breakdown,
      row.groupLabel ?? 'totaal',
      f.key,
      f.value === null ? null : Math.round(f.value * 1000) / 1000,
      f.numerator,
      f.denominator,
      f.suppressed ? `minder dan ${view.minimumCellSize} personen` : null,
      definition.get(f.key),
    ]);
  lines.push(...rowLines(view.total), ...view.rows.flatMap(rowLines));
  const flow = view.flowThrough;
  lines.push([
    view.regionCode,
    `${view.flowThroughYear}-01-01`,
    `${view.flowThroughYear}-12-31`,
    'NONE',
    'totaal',
    flow.key,
    flow.value === null ? null : Math.round(flow.value * 1000) / 1000,
    flow.numerator,
    flow.denominator,
    flow.suppressed ? `minder dan ${view.minimumCellSize} personen` : null,
    definition.get(flow.key),
  ]);
  // The meet-and-greet conversion: pairs of a candidate and an employer, each step as a share of the meetings.
  for (const step of conversion?.steps ?? [])
    lines.push([
      view.regionCode,
      view.from,
      view.to,
      'NONE',
      'totaal',
      `MEET_AND_GREET_${step.step}`,
      step.shareOfMeetings === null ? null : Math.round(step.shareOfMeetings * 1000) / 1000,
      step.count,
      step.step === ConversionStep.MEETINGS ? null : conversion!.steps[0].count,
      step.suppressed ? `minder dan ${view.minimumCellSize} paren` : null,
      conversion!.definition.nl,
    ]);
  return toCsv(lines);
}
