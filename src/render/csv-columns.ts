/** The columns of `--format csv`, in order: the machine CSV and the spreadsheet CSV share them. */
export const CSV_COLUMNS = [
  'rank',
  'id',
  'name',
  'attractiveness',
  'strength',
  'quadrant',
  'selected',
  'segment',
  'pareto',
  'coverage_attractiveness',
  'coverage_strength',
] as const;

/** Added after CSV_COLUMNS with --stability. */
export const STABILITY_CSV_COLUMNS = ['stability_pct', 'moves_to', 'borderline'] as const;
