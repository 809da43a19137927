//! Charts as SVG, drawn with `plotters`: lines (MRR, revenue) and stacked bars (MRR
//! movements, ageing). The SVG holds its text as `<text>` elements, so drawing needs no
//! font on the machine; the browser that opens it picks one. Values are minor units,
//! plotted on integer coordinates (no floating point); the axis prints them as money in
//! the company's language.

use plotters::prelude::*;

use crate::domain::reports::labels::Language;

/// One named series of values (minor units), one per category.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub values: Vec<i64>,
}

/// How a chart shows its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Lines,
    StackedBars,
}

/// A chart to draw: a title, the categories along the x axis, the series, and how to
/// write money on the y axis.
#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub x_title: String,
    pub y_title: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub kind: Kind,
    pub language: Language,
    pub currency: String,
    pub digits: u32,
}

/// Categories sit at multiples of this on the x axis, so that a bar has a width.
const STEP: i64 = 10;

const PALETTE: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(44, 160, 44),
    RGBColor(255, 127, 14),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// The chart as an SVG document.
pub fn svg(chart: &Chart) -> Result<String, String> {
    let mut out = String::new();
    draw(chart, &mut out).map_err(|e| format!("drawing the chart: {e}"))?;
    Ok(out)
}

fn draw(chart: &Chart, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    let n = chart.categories.len().max(1) as i64;
    // The y range: the lowest and highest point (stacked bars: the stacks' extents).
    let (mut low, mut high) = (0i64, 0i64);
    for i in 0..n as usize {
        match chart.kind {
            Kind::Lines => {
                for s in &chart.series {
                    let v = s.values.get(i).copied().unwrap_or(0);
                    low = low.min(v);
                    high = high.max(v);
                }
            }
            Kind::StackedBars => {
                let (mut up, mut down) = (0i64, 0i64);
                for s in &chart.series {
                    let v = s.values.get(i).copied().unwrap_or(0);
                    if v >= 0 {
                        up += v;
                    } else {
                        down += v;
                    }
                }
                low = low.min(down);
                high = high.max(up);
            }
        }
    }
    let pad = ((high - low) / 10).max(100);
    let (low, high) = (if low < 0 { low - pad } else { 0 }, high + pad);
    {
        let root = SVGBackend::with_string(out, (900, 480)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut ctx = ChartBuilder::on(&root)
            .caption(&chart.title, ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(48)
            .y_label_area_size(110)
            .build_cartesian_2d(-STEP..n * STEP, low..high)?;
        let categories = &chart.categories;
        let money = |v: &i64| chart.language.money(*v, chart.digits, &chart.currency);
        ctx.configure_mesh()
            .disable_x_mesh()
            .x_labels((categories.len() + 2).min(26))
            .x_label_formatter(&|x| {
                usize::try_from(*x / STEP)
                    .ok()
                    .filter(|_| *x % STEP == 0)
                    .and_then(|i| categories.get(i))
                    .cloned()
                    .unwrap_or_default()
            })
            .y_label_formatter(&money)
            .x_desc(&chart.x_title)
            .y_desc(&chart.y_title)
            .draw()?;
        match chart.kind {
            Kind::Lines => {
                for (k, s) in chart.series.iter().enumerate() {
                    let color = PALETTE[k % PALETTE.len()];
                    let points: Vec<(i64, i64)> = s
                        .values
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (i as i64 * STEP, *v))
                        .collect();
                    ctx.draw_series(LineSeries::new(points.clone(), color.stroke_width(3)))?
                        .label(&s.name)
                        .legend(move |(x, y)| {
                            PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(3))
                        });
                    ctx.draw_series(points.iter().map(|p| Circle::new(*p, 4, color.filled())))?;
                }
            }
            Kind::StackedBars => {
                let mut up = vec![0i64; n as usize];
                let mut down = vec![0i64; n as usize];
                for (k, s) in chart.series.iter().enumerate() {
                    let color = PALETTE[k % PALETTE.len()];
                    let mut bars = Vec::new();
                    for (i, v) in s.values.iter().enumerate().take(n as usize) {
                        let base = if *v >= 0 { &mut up[i] } else { &mut down[i] };
                        let (from, to) = (*base, *base + v);
                        *base = to;
                        if *v != 0 {
                            let x = i as i64 * STEP;
                            bars.push(Rectangle::new(
                                [(x - STEP * 3 / 10, from), (x + STEP * 3 / 10, to)],
                                color.filled(),
                            ));
                        }
                    }
                    ctx.draw_series(bars)?.label(&s.name).legend(move |(x, y)| {
                        Rectangle::new([(x, y - 6), (x + 12, y + 6)], color.filled())
                    });
                }
            }
        }
        ctx.configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .position(SeriesLabelPosition::UpperLeft)
            .draw()?;
        root.present()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(kind: Kind) -> Chart {
        Chart {
            title: "Revenu mensuel récurrent".into(),
            x_title: "Mois".into(),
            y_title: "Montant".into(),
            categories: vec!["2026-01".into(), "2026-02".into()],
            series: vec![
                Series {
                    name: "MRR".into(),
                    values: vec![120000, 150000],
                },
                Series {
                    name: "Départs".into(),
                    values: vec![0, -30000],
                },
            ],
            kind,
            language: Language::French,
            currency: "EUR".into(),
            digits: 2,
        }
    }

    #[test]
    fn a_chart_is_an_svg_with_its_title_categories_and_amounts_as_text() {
        for kind in [Kind::Lines, Kind::StackedBars] {
            let svg = svg(&chart(kind)).unwrap();
            assert!(svg.starts_with("<svg"), "{svg}");
            assert!(svg.contains("Revenu mensuel récurrent"));
            assert!(svg.contains("2026-02"));
            assert!(svg.contains("\u{a0}€"), "amounts in euros");
        }
    }
}

/// A heat map: one row per name, one column per category, each cell shaded by its value
/// in hundredths of a percent (0 = white, 10 000 = full), printed in the cell.
#[derive(Debug, Clone)]
pub struct HeatMap {
    pub title: String,
    pub x_title: String,
    pub categories: Vec<String>,
    pub rows: Vec<(String, Vec<i64>)>,
}

/// The heat map as an SVG document.
pub fn heat_map_svg(map: &HeatMap) -> Result<String, String> {
    let mut out = String::new();
    draw_heat_map(map, &mut out).map_err(|e| format!("drawing the chart: {e}"))?;
    Ok(out)
}

fn draw_heat_map(map: &HeatMap, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    let columns = map.categories.len().max(1) as i64;
    let lines = map.rows.len().max(1) as i64;
    let height = u32::try_from(120 + 36 * lines.min(40)).unwrap_or(600);
    {
        let root = SVGBackend::with_string(out, (900, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut ctx = ChartBuilder::on(&root)
            .caption(&map.title, ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(48)
            .y_label_area_size(140)
            .build_cartesian_2d(0..columns, 0..lines)?;
        let (categories, rows) = (&map.categories, &map.rows);
        ctx.configure_mesh()
            .disable_mesh()
            .x_labels((categories.len() + 1).min(30))
            .y_labels((rows.len() + 1).min(40))
            .x_label_formatter(&|x| {
                usize::try_from(*x)
                    .ok()
                    .and_then(|i| categories.get(i))
                    .cloned()
                    .unwrap_or_default()
            })
            .y_label_formatter(&|y| {
                usize::try_from(lines - 1 - *y)
                    .ok()
                    .and_then(|i| rows.get(i))
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default()
            })
            .x_desc(&map.x_title)
            .draw()?;
        for (r, (_, values)) in rows.iter().enumerate() {
            let y = lines - 1 - r as i64;
            for (c, v) in values.iter().enumerate() {
                let x = c as i64;
                let shade =
                    255 - u8::try_from((v.clamp(&0, &10_000) * 200) / 10_000).unwrap_or(200);
                let color = RGBColor(shade, shade, 255);
                ctx.draw_series(std::iter::once(Rectangle::new(
                    [(x, y), (x + 1, y + 1)],
                    color.filled(),
                )))?;
                let label = format!("{}%", v / 100);
                ctx.draw_series(std::iter::once(Text::new(
                    label,
                    (x, y + 1),
                    ("sans-serif", 11).into_font().color(&BLACK),
                )))?;
            }
        }
        root.present()?;
    }
    Ok(())
}
