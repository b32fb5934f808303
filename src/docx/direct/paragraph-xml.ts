/**
 * One `w:p` with the paragraph properties our builders give, in the order docx writes them (its ParagraphProperties:
 * pStyle, keepNext, tabs, spacing, ind), and its runs.
 */
export interface ParagraphProps {
  style?: string
  keepNext?: boolean
  tab?: number
  spaceBefore?: number
  indent?: { left: number; hanging: number }
}

export function paragraphXml(props: ParagraphProps, runs: string): string {
  let pPr = ''
  if (props.style !== undefined) pPr += `<w:pStyle w:val="${props.style}"/>`
  if (props.keepNext) pPr += '<w:keepNext/>'
  if (props.tab !== undefined) pPr += `<w:tabs><w:tab w:val="left" w:pos="${props.tab}"/></w:tabs>`
  if (props.spaceBefore !== undefined) pPr += `<w:spacing w:before="${props.spaceBefore}"/>`
  if (props.indent) pPr += `<w:ind w:left="${props.indent.left}" w:hanging="${props.indent.hanging}"/>`
  const content = (pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`) + runs
  return content === '' ? '<w:p/>' : `<w:p>${content}</w:p>`
}
