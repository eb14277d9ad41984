/** Where the project lives; the deploy workflow sets SITE_BASE when the site is served under a path. */
export const REPOSITORY = 'onebot-compat/onebot-compat'
export const SITE_URL = 'https://onebot-compat.github.io/onebot-compat/'
export const EDIT_BASE = `https://github.com/${REPOSITORY}/edit/main/`
