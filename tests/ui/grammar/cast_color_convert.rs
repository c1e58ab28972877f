// A colour conversion toolkit exercising numeric casts between u8, u32, f32
// and f64, with rounding and clamping.

#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl Rgb {
    fn from_hex(hex: u32) -> Rgb {
        Rgb { r: (hex >> 16) as u8, g: (hex >> 8) as u8, b: hex as u8 }
    }

    fn to_hex(self) -> u32 {
        (self.r as u32) << 16 | (self.g as u32) << 8 | self.b as u32
    }

    fn luminance(self) -> f64 {
        0.2126 * self.r as f64 + 0.7152 * self.g as f64 + 0.0722 * self.b as f64
    }

    fn to_gray(self) -> Rgb {
        let l = self.luminance().round() as u8;
        Rgb { r: l, g: l, b: l }
    }

    fn scale(self, factor: f32) -> Rgb {
        let s = |c: u8| (c as f32 * factor) as u8; // saturates at 0 and 255
        Rgb { r: s(self.r), g: s(self.g), b: s(self.b) }
    }

    fn to_hsv(self) -> (u16, u8, u8) {
        let r = self.r as f64 / 255.0;
        let g = self.g as f64 / 255.0;
        let b = self.b as f64 / 255.0;
        let max = r.max(g).max(b);
        let min = r.min(g).min(b);
        let delta = max - min;
        let h = if delta == 0.0 {
            0.0
        } else if max == r {
            60.0 * (((g - b) / delta) % 6.0)
        } else if max == g {
            60.0 * ((b - r) / delta + 2.0)
        } else {
            60.0 * ((r - g) / delta + 4.0)
        };
        let h = if h < 0.0 { h + 360.0 } else { h };
        let s = if max == 0.0 { 0.0 } else { delta / max };
        (h.round() as u16, (s * 100.0).round() as u8, (max * 100.0).round() as u8)
    }
}

fn blend(a: Rgb, b: Rgb, t: f64) -> Rgb {
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    Rgb { r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b) }
}

fn main() {
    let palette = [0xFF0000, 0x00FF00, 0x336699, 0xFFFFFF, 0x000000, 0xFFA500];
    for &hex in &palette {
        let c = Rgb::from_hex(hex);
        let (h, s, v) = c.to_hsv();
        println!(
            "#{:06X} {:?} lum={:.1} gray=#{:06X} hsv=({}, {}%, {}%)",
            c.to_hex(), c, c.luminance(), c.to_gray().to_hex(), h, s, v
        );
    }
    let base = Rgb::from_hex(0x336699);
    for f in [0.0f32, 0.5, 1.5, 3.0, -1.0] {
        println!("scale {:>4}: #{:06X}", f, base.scale(f).to_hex());
    }
    let red = Rgb::from_hex(0xFF0000);
    let blue = Rgb::from_hex(0x0000FF);
    let steps: Vec<String> = (0..=4).map(|i| format!("#{:06X}", blend(red, blue, i as f64 / 4.0).to_hex())).collect();
    println!("gradient: {}", steps.join(" "));
}
