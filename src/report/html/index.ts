/** The HTML report renderer: `renderHtml(input)` gives one self-contained, offline HTML document. */
export { renderHtml, contentSecurityPolicy } from './render.js'
export { packFindings, unpackFindings, encodePacked, decodePacked, type PackedData, type FindingLocation } from './pack.js'
