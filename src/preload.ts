import { preloadFirstScreen } from './firstScreen'
import { reloadOnceIfStartFails } from './startRecovery'

// Its own script in index.html, ahead of the app's: otherwise the first screen's language and page
// would only be asked for once all of the app's code had downloaded and run, a slow round trip later
// on a phone network. Being first, it also watches for the app's code failing to load.
reloadOnceIfStartFails()
preloadFirstScreen()
