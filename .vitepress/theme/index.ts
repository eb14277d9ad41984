// Without the bundled Inter font: readers' system fonts render Chinese anyway, and it saves every page
// the font downloads.
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { Layout } from './layout.js'
import './vars.css'
import './custom.css'

export default { extends: DefaultTheme, Layout } satisfies Theme
