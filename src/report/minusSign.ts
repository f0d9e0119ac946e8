/** A number's text typeset for the page: ASCII hyphen-minus signs (also in exponents) as the minus sign U+2212. */
export const minusSign = (text: string): string => text.replace(/-/g, '−');
