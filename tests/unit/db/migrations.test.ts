import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { CocoonDatabase } from '@/db/database'
import { currentSchemaVersion, schemaVersions } from '@/db/schema'
import { rowsByVersion } from '../../fixtures/db/rowsByVersion'

async function writeAtVersion(name: string, version: number): Promise<void> {
  const old = new CocoonDatabase(
    name,
    schemaVersions.filter((schema) => schema.version <= version),
  )
  await old.open()
  expect(old.verno).toBe(version)
  for (const [table, rows] of Object.entries(rowsByVersion[version]!)) await old.table(table).bulkAdd(rows)
  old.close()
}

describe('schema migrations', () => {
  it('keeps a fixture for every schema version', () => {
    expect(Object.keys(rowsByVersion).map(Number)).toEqual(schemaVersions.map((schema) => schema.version))
  })

  it.each(schemaVersions.map((schema) => schema.version))(
    'opens a database written at version %i with every row intact',
    async (version) => {
      const name = `migration-from-${version}`
      await writeAtVersion(name, version)

      const current = new CocoonDatabase(name)
      await current.open()
      expect(current.verno).toBe(currentSchemaVersion)
      for (const [table, rows] of Object.entries(rowsByVersion[version]!)) {
        const stored = await current.table(table).toArray()
        expect(stored, table).toHaveLength(rows.length)
        for (const row of rows) expect(stored, table).toContainEqual(expect.objectContaining(row))
      }
      current.close()
      await Dexie.delete(name)
    },
  )
})
