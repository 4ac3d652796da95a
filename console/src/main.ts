import 'element-plus/dist/index.css'
import './styles/theme.css'
import { createApp } from 'vue'
import App from './App.vue'
import { configureClient } from './api/client'
import { accessToken, redirectToLogin, signIn } from './auth/session'
import { loadConfig } from './config'
import { i18n, language } from './i18n'
import { createConsoleRouter } from './router'
import StartupFailure from './views/StartupFailure.vue'

async function start(): Promise<void> {
  try {
    const config = await loadConfig()
    configureClient({ accessToken, language, unauthenticated: () => void redirectToLogin() })
    if (!(await signIn(config))) {
      return // on the way to Keycloak's login page
    }
    createApp(App).use(i18n).use(createConsoleRouter()).mount('#app')
  } catch (failure) {
    createApp(StartupFailure, { reason: failure instanceof Error ? failure.message : String(failure) })
      .use(i18n)
      .mount('#app')
  }
}

void start()
