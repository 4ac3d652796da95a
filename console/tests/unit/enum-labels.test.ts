import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { enumLabels } from '@/labels/enums'

/** Indicator and dimension names come from the platform's indicator catalogue; Scoring is never shown as such. */
const FROM_THE_CATALOGUE = ['Indicator', 'Dimension', 'Scoring']

function enumsOf(document: unknown): { name: string | null; values: string[] }[] {
  const found: { name: string | null; values: string[] }[] = []
  const walk = (node: unknown, name: string | null) => {
    if (Array.isArray(node)) {
      node.forEach((item) => walk(item, null))
    } else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>
      if (Array.isArray(object.enum)) {
        found.push({ name, values: object.enum as string[] })
      }
      for (const [key, value] of Object.entries(object)) {
        walk(value, key)
      }
    }
  }
  walk(document, null)
  return found
}

describe('the enum label table', () => {
  const document = JSON.parse(readFileSync(join(process.cwd(), '../docs/api/openapi.json'), 'utf8'))
  const schemas = document.components.schemas as Record<string, { enum?: string[] }>

  it('labels every value of every named enum of the API in Chinese and English', () => {
    const table = enumLabels as Record<string, Record<string, { zh: string; en: string }>>
    for (const [name, schema] of Object.entries(schemas)) {
      if (!schema.enum || FROM_THE_CATALOGUE.includes(name)) continue
      for (const value of schema.enum) {
        expect(table[name]?.[value]?.zh, `${name}.${value} (zh)`).toBeTruthy()
        expect(table[name]?.[value]?.en, `${name}.${value} (en)`).toBeTruthy()
      }
    }
  })

  it('covers the inline enums too (statuses, kinds, levels named only by their property)', () => {
    const tables = Object.values(enumLabels).map((labels) => Object.keys(labels))
    const catalogued = FROM_THE_CATALOGUE.flatMap((name) => schemas[name]?.enum ?? [])
    for (const { values } of enumsOf(document)) {
      if (values.every((value) => catalogued.includes(value))) continue
      const covering = tables.find((keys) => values.every((value) => keys.includes(value)))
      expect(covering, `a label table for ${values.join(', ')}`).toBeDefined()
    }
  })

  it("says what the platform's label catalogue says (x-enum-labels of the document)", () => {
    const table = enumLabels as Record<string, Record<string, { zh: string; en: string }>>
    const platform = new Map<string, Record<string, { zh: string; en: string }>>()
    const walk = (node: unknown) => {
      if (Array.isArray(node)) {
        node.forEach(walk)
      } else if (node && typeof node === 'object') {
        const object = node as Record<string, unknown>
        if (Array.isArray(object.enum) && object['x-enum-labels']) {
          platform.set([...(object.enum as string[])].sort().join(','), object['x-enum-labels'] as never)
        }
        Object.values(object).forEach(walk)
      }
    }
    walk(document)
    expect(platform.size).toBeGreaterThan(15)
    for (const [name, labels] of Object.entries(table)) {
      const values = Object.keys(labels).sort().join(',')
      const fromPlatform = platform.get(values)
      expect(fromPlatform, `the platform labels ${name}`).toBeDefined()
      for (const [value, label] of Object.entries(labels)) {
        // A value set that several enums share (UNIVERSITY, ENTERPRISE, …) is compared where it is unique.
        if (Object.values(table).filter((other) => Object.keys(other).sort().join(',') === values).length > 1) continue
        expect(label, `${name}.${value}`).toEqual(fromPlatform![value])
      }
    }
  })
})
