import { defineComponent, h } from 'vue'
import DefaultTheme from 'vitepress/theme-without-fonts'
import { provideEditLinkText } from './edit-link.js'

/** The default layout, with the edit-link text per page. */
export const Layout = defineComponent({
  name: 'OneBotCompatLayout',
  setup() {
    provideEditLinkText()
    return () => h(DefaultTheme.Layout)
  },
})
