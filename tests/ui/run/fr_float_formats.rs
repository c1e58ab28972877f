#[derive(Debug)]
struct Point {
    x: f64,
    y: f32,
}

fn main() {
    let vals = [0.0f64, -0.0, 1.0, 1.5, -2.25, 0.1 + 0.2, 1.0 / 3.0, 100.0, 1e15, 1e16, 1e21, 1.5e300, 1e-5, 1e-7, 123456.789, f64::MAX, f64::MIN_POSITIVE, f64::EPSILON];
    for v in vals {
        println!("{} | {:?} | {:.3} | {:e} | {:>12.2} | {:+} | {:E}", v, v, v, v, v, v, v);
    }
    let specials = [f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    for v in specials {
        println!("{} {:?} {:.2} {:>8} {:e}", v, v, v, v, v);
    }
    let fs = [0.1f32, 1.0 / 3.0, 16777217.0, 3.4e38, 1e-10, 2.5, -7.125];
    for v in fs {
        println!("f32: {} {:?} {:.5} {:e}", v, v, v, v);
    }
    println!("{:08.3} {:<10.1}| {:^10.2}| {:+.0} {:.0} {:.0}", -3.14159, 2.71828, 1.41421, 2.5, 0.5, 1.5);
    println!("{:10.3e} {:e} {:.2e} {:e}", 123456.0, 0.00012, 9.999e9, 1.0);
    println!("{:?} {:?}", 1e100f64, 1.0e-100);
    println!("{} {}", 0.3f32 as f64, (0.1f64 as f32));
    println!("{}", 2.0f64.sqrt() * 2.0f64.sqrt());
    println!("{:.20}", 0.1);
    println!("{:.1} {:.1} {:.1} {:.1}", 0.05, 0.15, 0.25, 0.35);
    let p = Point { x: 1.0, y: -0.5 };
    println!("{:?}", p);
    println!("{:#?}", p);
    let width = 9;
    let prec = 2;
    println!("[{:>width$.prec$}] [{:<w2$}] [{:^+w2$.p2$}]", 3.14159, 1.5, 2.0, w2 = 7, p2 = 1);
    println!("[{:>1$}] [{:.*}]", 2.5, 6, 1.23456);
    let x = 7.0f64;
    println!("{x} {x:?} {x:.2} {x:e}");
    println!("{}", f64::consts_test());
    println!("{} {} {}", (2.5f64).round(), (-2.5f64).round(), 2.5f64.floor());
    println!("{} {} {}", 7.9f64.trunc(), (-7.9f64).ceil(), 7.25f64.fract());
    println!("{} {} {}", 1e308 * 10.0, -1.0 / 0.0, (0.0f64 / 0.0).is_nan());
    println!("{} {}", 9.0f64.powf(0.5), 2f64.powi(-2));
    println!("{:?} {:?}", 1.0f64.max(f64::NAN), f64::NAN.min(3.0));
    println!("{} {}", (1.0f64).atan2(1.0) * 4.0, std::f64::consts::E.ln());
    println!("{:?}", (0.1f64..0.5).contains(&0.3));
    println!("{} {}", f32::MAX, f32::MIN_POSITIVE);
    println!("{:?} {:?}", "3.14".parse::<f64>(), "abc".parse::<f32>().is_err());
    println!("{:?} {:?} {:?}", "1e3".parse::<f64>(), "inf".parse::<f64>(), "-.5".parse::<f64>());
    println!("{}", 1234567.0f32);
    println!("{} {}", 1.0e7f32, 1.0e-7f32);
    println!("{:5}|{:<5}|{:^5}|{:>5}", 1.5, 1.5, 1.5, 1.5);
    println!("{:05}|{:+05}|{:05.1}", -1.5, 1.5, 9.96);
    println!("{}", 0.1f64.to_string() + &(-0.0f64).to_string());
    println!("{:?}", vec![0.5f32, 1.0, 1e-3]);
    println!("{}", (1u64 << 53) as f64 + 1.0);
    println!("{}", 4.35f64 * 100.0);
    println!("{}", 1.0f64.to_bits());
    println!("{}", f64::from_bits(0x4009_21FB_5444_2D18));
}

trait ConstsTest {
    fn consts_test() -> String;
}
impl ConstsTest for f64 {
    fn consts_test() -> String {
        format!("{:.10} {:.10}", std::f64::consts::PI, std::f64::consts::SQRT_2)
    }
}
