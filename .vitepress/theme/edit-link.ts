/**
 * VitePress has one edit-link text for every page, but a generated page's link opens its data file
 * (editLink.pattern in config.ts follows `dataFile`), so there the text says so; hand-written pages keep
 * the config's text. The theme is overridden for the layout below this call only.
 */
import { computed, provide } from 'vue'
import { dataSymbol, useData } from 'vitepress'

export const DATA_EDIT_TEXT = '在 GitHub 上编辑此页的数据'

export function provideEditLinkText(): void {
  const data = useData()
  const theme = computed(() => {
    const config = data.theme.value
    if (!data.frontmatter.value.dataFile || !config.editLink) return config
    return { ...config, editLink: { ...config.editLink, text: DATA_EDIT_TEXT } }
  })
  provide(dataSymbol, { ...data, theme })
}
