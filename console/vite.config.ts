import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vite'

// Served by the gateway at /console/ from its classpath (META-INF/resources/console of this module's jar).
const outDir = fileURLToPath(new URL('./target/classes/META-INF/resources/console', import.meta.url))

export default defineConfig({
  base: '/console/',
  plugins: [
    vue(),
    // Element Plus components are imported where a template uses them (tree-shaken); its CSS is loaded once in main.ts.
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: 'src/components.d.ts' }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir,
    emptyOutDir: true,
    // The size budget is checked on the gzipped entry chunks by scripts/check-bundle-size.mjs.
    chunkSizeWarningLimit: 1200,
    manifest: true,
  },
  server: {
    // `npm run dev`: the API through a running gateway (./gongjian start), same origin as in production.
    proxy: { '/api': process.env.GONGJIAN_GATEWAY_URL ?? 'http://localhost:8080' },
  },
})
