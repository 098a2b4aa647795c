import { preloadFirstScreen } from './firstScreen'

// Its own script in index.html, ahead of the app's: otherwise the first screen's language and page
// would only be asked for once all of the app's code had downloaded and run, a slow round trip later
// on a phone network. (The first-paint script, which runs before any module, watches for the app's
// code failing to load.)
preloadFirstScreen()
