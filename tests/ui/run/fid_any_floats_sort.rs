use std::any::Any;
use std::cmp::Ordering;
use std::collections::BTreeMap;

fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(s) = v.downcast_ref::<&str>() {
        format!("&str {}", s)
    } else if v.is::<f64>() {
        "some f64".to_string()
    } else {
        "unknown".into()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    sensor: char,
    value: f64,
}

fn median(xs: &mut Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
    let mid = xs.len() / 2;
    Some(if xs.len() % 2 == 0 { (xs[mid - 1] + xs[mid]) / 2.0 } else { xs[mid] })
}

fn main() {
    let things: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new(String::from("hi")), Box::new("yo"), Box::new(2.5f64), Box::new('c')];
    for t in &things {
        println!("{}", describe(t.as_ref()));
    }
    let mut readings = vec![
        Reading { sensor: 'b', value: 2.5 },
        Reading { sensor: 'a', value: -1.0 },
        Reading { sensor: 'c', value: f64::NAN },
        Reading { sensor: 'a', value: 10.25 },
        Reading { sensor: 'b', value: -0.0 },
        Reading { sensor: 'c', value: 0.0 },
    ];
    readings.sort_by(|x, y| x.value.total_cmp(&y.value));
    println!("{:?}", readings.iter().map(|r| r.value).collect::<Vec<_>>());
    readings.sort_by(|x, y| x.sensor.cmp(&y.sensor).then_with(|| y.value.total_cmp(&x.value)));
    println!("{:?}", readings.iter().map(|r| format!("{}{}", r.sensor, r.value)).collect::<Vec<_>>());
    let max = readings.iter().map(|r| r.value).filter(|v| !v.is_nan()).fold(f64::NEG_INFINITY, f64::max);
    let min = readings.iter().map(|r| r.value).fold(f64::INFINITY, f64::min);
    println!("max={} min={}", max, min);
    let mut by_sensor: BTreeMap<char, Vec<f64>> = BTreeMap::new();
    for r in &readings {
        by_sensor.entry(r.sensor).or_default().push(r.value);
    }
    for (s, vals) in by_sensor.iter_mut() {
        let clean: Vec<f64> = vals.iter().copied().filter(|v| v.is_finite()).collect();
        let mut c = clean.clone();
        println!("{} n={} median={:?} mean={:.3}", s, vals.len(), median(&mut c), clean.iter().sum::<f64>() / clean.len().max(1) as f64);
    }
    println!("{:?}", Reading { sensor: 'x', value: f64::NAN } == Reading { sensor: 'x', value: f64::NAN });
    println!("{:?} {:?}", 1.0f64.partial_cmp(&f64::NAN), (-0.0f64).total_cmp(&0.0));
    println!("{} {} {}", f64::NAN.max(1.0), 2.0f64.clamp(0.0, 1.0), (7.0f64).rem_euclid(-3.0));
    println!("{} {} {}", (2.0f64).mul_add(3.0, 1.0), 1e-300f64 * 1e-300, (0.1f64 + 0.2 - 0.3).abs() < f64::EPSILON);
    println!("{:?}", [3.5f32, -1.25, 2.0].iter().cloned().fold(0.0f32, |a, b| a + b * b));
    let letters: String = ('a'..='e').rev().chain('X'..'Z').collect();
    println!("{} {}", letters, ('a' as u8 + 3) as char);
    println!("{:?}", "hello".chars().map(|c| ((c as u8 - b'a' + 13) % 26 + b'a') as char).collect::<String>());
}
