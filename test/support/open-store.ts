// Child process for the concurrency test: opens (creating and migrating) the store named on the command line.
import { openStore } from '../../src/store/open.js'

const store = await openStore(process.argv[2])
await store.close()
process.stdout.write('opened\n')
