// Without the bundled Inter font: readers' system fonts render Chinese anyway, and it saves every page
// the font downloads.
import DefaultTheme from 'vitepress/theme-without-fonts'
import './vars.css'
import './custom.css'

export default DefaultTheme
