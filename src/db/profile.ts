import type { Profile } from '@/domain/profile'
import { database, existingDatabase } from './connection'
import { PROFILE_ID } from './rows'

export async function loadProfile(): Promise<Profile | null> {
  const row = await (await existingDatabase())?.profile.get(PROFILE_ID)
  if (!row) return null
  const { id: _id, updatedAt: _updatedAt, ...profile } = row
  return profile
}

export async function saveProfile(profile: Profile, now = Date.now()): Promise<void> {
  await (await database()).profile.put({ ...profile, id: PROFILE_ID, updatedAt: now })
}
