//! Puts the children of Word's property elements into the order the schema
//! (ECMA-376) prescribes. docx-rs writes them in its own order (`w:sz`
//! before `w:b`, `w:rPr` first in `w:pPr`, `w:basedOn` last in a style);
//! LibreOffice and python-docx read that, but Microsoft Word skips children
//! out of order or offers to repair the file. Only these elements are
//! touched, and only the order of their direct children; anything this does
//! not expect (text between children) leaves the element as it was.

/// An element whose children have a prescribed order, and that order.
const ORDERS: [(&str, &[&str]); 7] = [
    (
        "pPr",
        &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "framePr",
            "widowControl",
            "numPr",
            "suppressLineNumbers",
            "pBdr",
            "shd",
            "tabs",
            "suppressAutoHyphens",
            "kinsoku",
            "wordWrap",
            "overflowPunct",
            "topLinePunct",
            "autoSpaceDE",
            "autoSpaceDN",
            "bidi",
            "adjustRightInd",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "mirrorIndents",
            "suppressOverlap",
            "jc",
            "textDirection",
            "textAlignment",
            "textboxTightWrap",
            "outlineLvl",
            "divId",
            "cnfStyle",
            "rPr",
            "sectPr",
            "pPrChange",
        ],
    ),
    (
        "rPr",
        &[
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "smallCaps",
            "strike",
            "dstrike",
            "outline",
            "shadow",
            "emboss",
            "imprint",
            "noProof",
            "snapToGrid",
            "vanish",
            "webHidden",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "effect",
            "bdr",
            "shd",
            "fitText",
            "vertAlign",
            "rtl",
            "cs",
            "em",
            "lang",
            "eastAsianLayout",
            "specVanish",
            "oMath",
        ],
    ),
    (
        "style",
        &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "personalCompose",
            "personalReply",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
    ),
    (
        "tcPr",
        &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
        ],
    ),
    (
        "tblPr",
        &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
        ],
    ),
    (
        "sectPr",
        &[
            "headerReference",
            "footerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
            "printerSettings",
        ],
    ),
    ("tblBorders", &["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"]),
];

/// The same XML with the property elements' children in schema order.
pub(crate) fn canonical(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find("<w:") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let name = tag_name(rest);
        let order = ORDERS.iter().find(|(n, _)| *n == name).map(|(_, o)| *o);
        match (order, element_len(rest)) {
            (Some(order), Some(len)) => {
                out.push_str(&sorted(&rest[..len], order));
                rest = &rest[len..];
            }
            _ => {
                out.push_str("<w:");
                rest = &rest[3..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The local name of the tag `s` starts with (`<w:rPr …` → `rPr`).
fn tag_name(s: &str) -> &str {
    let body = s.strip_prefix("<w:").unwrap_or("");
    let end = body.find([' ', '>', '/']).unwrap_or(body.len());
    &body[..end]
}

/// The length of the whole element `s` starts with, its end tag included.
fn element_len(s: &str) -> Option<usize> {
    let name = tag_name(s);
    let open_end = s.find('>')? + 1;
    if s[..open_end].ends_with("/>") {
        return Some(open_end);
    }
    let (open, close) = (format!("<w:{name}"), format!("</w:{name}>"));
    let mut depth = 1;
    let mut at = open_end;
    while depth > 0 {
        let next_close = s[at..].find(&close)? + at;
        let next_open = s[at..next_close].find(&open).map(|i| i + at).filter(|&i| tag_name(&s[i..]) == name);
        match next_open {
            Some(o) => {
                let end = s[o..].find('>')? + o + 1;
                if !s[o..end].ends_with("/>") {
                    depth += 1;
                }
                at = end;
            }
            None => {
                depth -= 1;
                at = next_close + close.len();
            }
        }
    }
    Some(at)
}

/// One property element with its children (each made canonical in turn)
/// stably sorted by `order`; unknown children keep their place at the end.
fn sorted(element: &str, order: &[&str]) -> String {
    let Some(open_end) = element.find('>').map(|i| i + 1) else { return element.to_owned() };
    if element[..open_end].ends_with("/>") {
        return element.to_owned();
    }
    let close_at = element.rfind("</").unwrap_or(element.len());
    let mut inner = &element[open_end..close_at];
    let mut children = Vec::new();
    while !inner.is_empty() {
        let Some(len) = inner.starts_with("<w:").then(|| element_len(inner)).flatten() else {
            return element.to_owned();
        };
        children.push(&inner[..len]);
        inner = &inner[len..];
    }
    children.sort_by_key(|c| order.iter().position(|n| *n == tag_name(c)).unwrap_or(order.len()));
    let mut out = element[..open_end].to_owned();
    for c in children {
        out.push_str(&canonical(c));
    }
    out.push_str(&element[close_at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_of_property_elements_take_the_schemas_order_and_nothing_else_moves() {
        let xml = r#"<w:p><w:pPr><w:rPr /><w:jc w:val="right" /><w:spacing w:after="80" /><w:pStyle w:val="Heading1" /></w:pPr><w:r><w:rPr><w:sz w:val="15" /><w:b /><w:color w:val="404040" /><w:rFonts w:eastAsia="BIZ UDGothic" /></w:rPr><w:t>第1　概要</w:t></w:r></w:p>"#;
        assert_eq!(
            canonical(xml),
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1" /><w:spacing w:after="80" /><w:jc w:val="right" /><w:rPr /></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="BIZ UDGothic" /><w:b /><w:color w:val="404040" /><w:sz w:val="15" /></w:rPr><w:t>第1　概要</w:t></w:r></w:p>"#
        );
        let style = r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1" /><w:rPr><w:sz w:val="28" /><w:b /></w:rPr><w:pPr><w:rPr /><w:outlineLvl w:val="0" /></w:pPr><w:next w:val="Normal" /><w:basedOn w:val="Normal" /></w:style>"#;
        assert_eq!(
            canonical(style),
            r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1" /><w:basedOn w:val="Normal" /><w:next w:val="Normal" /><w:pPr><w:outlineLvl w:val="0" /><w:rPr /></w:pPr><w:rPr><w:b /><w:sz w:val="28" /></w:rPr></w:style>"#
        );
        // Text between children is not a property list: left alone.
        let odd = "<w:rPr>x<w:b /></w:rPr>";
        assert_eq!(canonical(odd), odd);
    }
}
