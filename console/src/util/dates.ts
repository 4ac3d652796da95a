/** Business dates and times as the platform counts them: in Asia/Shanghai, whatever the browser's own zone. */
export const ZONE = 'Asia/Shanghai'

const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today in Asia/Shanghai, YYYY-MM-DD (the platform's "today" for asOf and "not in the future"). */
export function today(now: Date = new Date()): string {
  return isoDate.format(now)
}

/** Whether a YYYY-MM-DD date lies after today in Asia/Shanghai. */
export function isFuture(date: string, now: Date = new Date()): boolean {
  return date > today(now)
}

/** A timestamp (ISO 8601 with offset) shown in Asia/Shanghai, e.g. 2026-03-12 14:05. */
export function dateTime(timestamp: string | null | undefined, language: string): string {
  if (!timestamp) {
    return ''
  }
  return new Intl.DateTimeFormat(language.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(timestamp))
}

/** An Element Plus date picker's `disabled-date`: days after today in Asia/Shanghai. */
export function afterToday(day: Date): boolean {
  const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
  return isFuture(local)
}
