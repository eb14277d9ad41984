import DefaultTheme from 'vitepress/theme'
import './vars.css'
import './custom.css'

export default DefaultTheme
