import type { Profile } from '@/domain/profile'
import { database, existingDatabase } from './connection'
import { stamp } from './log'
import { PROFILE_ID } from './rows'

export async function loadProfile(): Promise<Profile | null> {
  const row = await (await existingDatabase())?.profile.get(PROFILE_ID)
  if (!row) return null
  const { id: _id, updatedAt: _updatedAt, ...profile } = row
  return profile
}

/**
 * In a family the birth details travel to the other phones, the newest edit winning: an edit made
 * here gets a stamp of this phone's clock (stamped before the write, which reads other tables).
 */
export async function saveProfile(profile: Profile, now = Date.now()): Promise<void> {
  const db = await database()
  const birthStamp = (await db.family.get('membership')) ? await stamp(now) : null
  await db.transaction('rw', db.profile, db.family, async () => {
    await db.profile.put({ ...profile, id: PROFILE_ID, updatedAt: now })
    if (birthStamp) await db.family.put({ key: 'birthStamp', updatedAt: birthStamp })
  })
}
