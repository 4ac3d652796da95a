import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export type Language = 'zh-CN' | 'en'
const STORAGE_KEY = 'gongjian.language'

function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'
}

/** Chinese by default; the English switch is remembered in this browser. */
export const i18n = createI18n({
  legacy: false,
  locale: initialLanguage(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function language(): Language {
  return i18n.global.locale.value as Language
}

export function setLanguage(next: Language): void {
  i18n.global.locale.value = next
  localStorage.setItem(STORAGE_KEY, next)
  document.documentElement.lang = next
}

document.documentElement.lang = initialLanguage()
