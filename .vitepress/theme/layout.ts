/// <reference types="vite/client" />
import { defineAsyncComponent, defineComponent, h } from 'vue'
import DefaultTheme from 'vitepress/theme-without-fonts'
import { provideEditLinkText } from './edit-link.js'

// Only the dev server has data errors to show; in a build this is undefined and the banner is left out.
const DataProblems = import.meta.env.DEV ? defineAsyncComponent(() => import('./components/DataProblems.vue')) : undefined

/** The default layout, with the edit-link text per page and, under `npm run dev`, the data-error banner. */
export const Layout = defineComponent({
  name: 'OneBotCompatLayout',
  setup() {
    provideEditLinkText()
    return () => h(DefaultTheme.Layout, null, DataProblems ? { 'layout-bottom': () => h(DataProblems) } : {})
  },
})
