// The console's JavaScript on first load, gzipped: the entry chunk of index.html with every chunk it imports
// statically, plus the heaviest page a user can land on (each route's chunk with its static imports). Charts
// (src/charts/echarts.ts) are loaded on demand when a chart is shown and are reported apart.
// Fails the build over the budget.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 500
const out = new URL('../target/classes/META-INF/resources/console/', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'))
const kb = (bytes) => (bytes / 1024).toFixed(1)

const sizes = new Map()
const gzipped = (key) => {
  if (!sizes.has(key)) sizes.set(key, gzipSync(readFileSync(join(out, manifest[key].file)), { level: 9 }).length)
  return sizes.get(key)
}
/** A chunk and everything it imports statically. */
const closure = (key, into = new Set()) => {
  if (!into.has(key)) {
    into.add(key)
    for (const imported of manifest[key].imports ?? []) closure(imported, into)
  }
  return into
}
const total = (keys) => [...keys].reduce((sum, key) => sum + gzipped(key), 0)

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
const shell = closure(entry)
const pages = (manifest[entry].dynamicImports ?? []).map((page) => {
  const keys = closure(page, new Set(shell))
  return { page, bytes: total(keys) }
})
const heaviest = pages.reduce((max, page) => (page.bytes > max.bytes ? page : max), { page: entry, bytes: total(shell) })
const charts = Object.keys(manifest).find((key) => key.endsWith('src/charts/echarts.ts'))

console.log(`Entry (${manifest[entry].file}) with its static imports: ${kb(total(shell))} kB gzipped`)
for (const { page, bytes } of pages.sort((a, b) => b.bytes - a.bytes)) {
  console.log(`  landing on ${page.padEnd(44)} ${kb(bytes).padStart(7)} kB`)
}
if (charts) console.log(`Charts, on demand: ${kb(total(closure(charts)))} kB gzipped`)
console.log(`First-load JavaScript: ${kb(heaviest.bytes)} kB gzipped (budget ${BUDGET_KB} kB), landing on ${heaviest.page}`)
if (heaviest.bytes / 1024 > BUDGET_KB) {
  console.error(`Over the budget by ${kb(heaviest.bytes - BUDGET_KB * 1024)} kB: load more on demand.`)
  process.exit(1)
}
