/**
 * After an update the app says in one line what changed, once. A first install has nothing to
 * compare with, so it says nothing and just remembers the version.
 */
export function whatsNewAction(
  lastSeenVersion: string | null,
  currentVersion: string,
): 'show' | 'remember' | 'nothing' {
  if (lastSeenVersion === currentVersion) return 'nothing'
  return lastSeenVersion === null ? 'remember' : 'show'
}
