import { useI18n } from 'vue-i18n'
import type { SchemeName } from '@/api/types'
import { enumLabel, type EnumName } from '@/labels/enums'
import { dateTime } from '@/util/dates'

/** Enum labels, numbers and timestamps in the user's language. */
export function useFormat() {
  const { locale, t } = useI18n()
  return {
    label: (name: EnumName, value: string | null | undefined) => enumLabel(name, value, locale.value),
    dateTime: (timestamp: string | null | undefined) => dateTime(timestamp, locale.value),
    /** Scores and raw values as the API rounds them (2 decimals); an em dash for "not available". */
    number: (value: number | null | undefined, digits = 2) =>
      value === null || value === undefined ? '—' : value.toLocaleString(locale.value, { maximumFractionDigits: digits }),
    percent: (ratio: number | null | undefined) =>
      ratio === null || ratio === undefined
        ? '—'
        : (ratio * 100).toLocaleString(locale.value, { maximumFractionDigits: 1 }) + '%',
    /** The weight scheme a score or ranking names: "默认方案" or "4501 第 2 版（2026-01-01 起）". */
    scheme: (name: SchemeName | null | undefined) =>
      !name
        ? '—'
        : name.prefix === 'DEFAULT'
          ? t('schemes.defaultName')
          : t('schemes.name', { prefix: name.prefix, version: name.version, date: name.effectiveFrom ?? '' }),
  }
}
