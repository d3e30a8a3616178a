/** Production entry: the one script a page loads (a module, so it runs after parsing). */
import { enhancePage, startHandbook } from './main'

startHandbook()
enhancePage()
