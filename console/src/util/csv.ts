/** A CSV file of what a table shows, with a BOM so that Excel opens the Chinese text as UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) => cells.map(cell).join(',')
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n'
}

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  // Quote what would break the row, and neutralise spreadsheet formulas (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function download(filename: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}
