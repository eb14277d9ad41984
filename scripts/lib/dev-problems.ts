/**
 * How `npm run dev` tells the open page about data errors: over Vite's HMR socket, so nothing of it
 * exists in a build. The page asks once when it loads (it may open while the data is broken); the dev
 * script answers, and pushes the new list after every save.
 */
export const DATA_PROBLEMS_EVENT = 'onebot-compat:data-problems'
export const DATA_PROBLEMS_REQUEST = 'onebot-compat:data-problems-request'
