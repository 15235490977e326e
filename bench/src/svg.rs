//! A grouped bar chart on a log10 axis, as a standalone SVG document.

use std::fmt::Write;

/// Bar colours, one per series (cycled).
const COLOURS: [&str; 7] = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1"];
const BAR: f64 = 14.0;
const GAP: f64 = 28.0;
const LEFT: f64 = 64.0;
const TOP: f64 = 48.0;
const HEIGHT: f64 = 300.0;
const BOTTOM: f64 = 48.0;
const LEGEND: f64 = 170.0;

/// Draws one group of bars per entry of `groups` and, within each, one bar
/// per series (`(name, one value per group)`); a value that is missing,
/// not finite or not positive gets no bar. Values are ratios shown as `N×`
/// on a log10 axis spanning whole decades.
pub fn bar_chart(title: &str, groups: &[&str], series: &[(&str, Vec<Option<f64>>)]) -> String {
    let shown = |v: &Option<f64>| v.filter(|v| v.is_finite() && *v > 0.0);
    let values: Vec<f64> = series.iter().flat_map(|(_, vs)| vs.iter().filter_map(shown)).collect();
    let lo = values.iter().copied().fold(1.0, f64::min).log10().floor();
    let hi = values.iter().copied().fold(1.0, f64::max).log10().ceil().max(lo + 1.0);
    let y = |v: f64| TOP + HEIGHT * (1.0 - (v.log10() - lo) / (hi - lo));
    let group_width = series.len() as f64 * BAR + GAP;
    let plot_width = groups.len() as f64 * group_width;
    let (width, height) = (LEFT + plot_width + LEGEND, TOP + HEIGHT + BOTTOM);

    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(svg, r#"<rect width="{width}" height="{height}" fill="white"/>"#);
    let _ = writeln!(svg, r#"<text x="{}" y="24" text-anchor="middle" font-size="15">{}</text>"#, LEFT + plot_width / 2.0, escape(title));
    for decade in lo as i32..=hi as i32 {
        let ty = y(10f64.powi(decade));
        let stroke = if decade == 0 { "#444" } else { "#ddd" };
        let _ = writeln!(svg, r#"<line x1="{LEFT}" y1="{ty:.1}" x2="{}" y2="{ty:.1}" stroke="{stroke}"/>"#, LEFT + plot_width);
        let _ = writeln!(svg, r#"<text x="{}" y="{:.1}" text-anchor="end">{}</text>"#, LEFT - 6.0, ty + 4.0, tick(decade));
    }
    let _ = writeln!(svg, r##"<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{}" stroke="#444"/>"##, TOP + HEIGHT);
    for (g, group) in groups.iter().enumerate() {
        let x0 = LEFT + g as f64 * group_width + GAP / 2.0;
        for (s, (name, vs)) in series.iter().enumerate() {
            let Some(v) = vs.get(g).and_then(shown) else { continue };
            let (x, top) = (x0 + s as f64 * BAR, y(v));
            let _ = writeln!(
                svg,
                r#"<rect class="bar" x="{x:.1}" y="{top:.1}" width="{}" height="{:.1}" fill="{}"><title>{} on {}: {}</title></rect>"#,
                BAR - 1.0,
                TOP + HEIGHT - top,
                COLOURS[s % COLOURS.len()],
                escape(name),
                escape(group),
                ratio(v)
            );
            let (lx, ly) = (x + BAR / 2.0 + 3.0, top - 3.0);
            let _ = writeln!(svg, r#"<text transform="translate({lx:.1},{ly:.1}) rotate(-90)" font-size="9">{}</text>"#, ratio(v));
        }
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{}" text-anchor="middle">{}</text>"#,
            x0 + series.len() as f64 * BAR / 2.0,
            TOP + HEIGHT + 18.0,
            escape(group)
        );
    }
    let legend_x = LEFT + plot_width + 16.0;
    for (s, (name, _)) in series.iter().enumerate() {
        let ly = TOP + s as f64 * 20.0;
        let colour = COLOURS[s % COLOURS.len()];
        let _ = writeln!(svg, r#"<rect x="{legend_x}" y="{ly}" width="12" height="12" fill="{colour}"/>"#);
        let _ = writeln!(svg, r#"<text x="{}" y="{}">{}</text>"#, legend_x + 18.0, ly + 10.0, escape(name));
    }
    svg.push_str("</svg>\n");
    svg
}

/// A ratio as the report writes it: `0.85×`, `3.21×`, `12.3×`, `140×`.
pub fn ratio(v: f64) -> String {
    match v {
        v if v >= 100.0 => format!("{v:.0}×"),
        v if v >= 10.0 => format!("{v:.1}×"),
        v if v >= 0.1 => format!("{v:.2}×"),
        v => format!("{v:.3}×"),
    }
}

/// The label of the axis tick at 10^`decade`: `0.1×`, `1×`, `10×`, ….
fn tick(decade: i32) -> String {
    match u32::try_from(decade) {
        Ok(d) => format!("{}×", 10u64.pow(d)),
        Err(_) => format!("0.{}1×", "0".repeat((-decade - 1) as usize)),
    }
}

/// `text` with XML's special characters escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bar_per_finite_value() {
        let series = [
            ("pypy3", vec![Some(5.0), Some(0.5), None]),
            ("pyrt-c", vec![Some(40.0), Some(f64::NAN), Some(250.0)]),
            ("a<b", vec![Some(f64::INFINITY), Some(2.0), Some(0.0)]),
        ];
        let svg = bar_chart("speed-up", &["pystone", "nbody", "x&y"], &series);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches(r#"class="bar""#).count(), 5);
        assert!(svg.contains("a&lt;b") && svg.contains("x&amp;y") && !svg.contains("a<b"));
        for tick in [">0.1×<", ">1×<", ">10×<", ">100×<", ">1000×<"] {
            assert!(svg.contains(tick), "missing tick {tick}");
        }
        assert_eq!(svg.matches('<').count(), svg.matches('>').count());
    }

    #[test]
    fn ratios_are_formatted_by_size() {
        assert_eq!(ratio(0.8512), "0.85×");
        assert_eq!(ratio(12.34), "12.3×");
        assert_eq!(ratio(140.2), "140×");
        assert_eq!((tick(-2), tick(0), tick(2)), ("0.01×".to_string(), "1×".to_string(), "100×".to_string()));
    }
}
