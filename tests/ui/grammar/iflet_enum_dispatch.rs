// Event dispatch using `if let` on enums, Options of tuples and nested
// structures, including `if let ... = &mut x` to update in place.

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
}

#[derive(Debug)]
struct Slot {
    shape: Option<Shape>,
    label: Option<String>,
}

fn area(s: &Shape) -> f64 {
    if let Shape::Circle { r } = s {
        return std::f64::consts::PI * r * r;
    }
    if let &Shape::Rect { w, h } = s {
        return w * h;
    }
    if let Shape::Triangle(a, b, c) = *s {
        let p = (a + b + c) / 2.0;
        return (p * (p - a) * (p - b) * (p - c)).sqrt();
    }
    unreachable!()
}

fn main() {
    let mut slots = vec![
        Slot { shape: Some(Shape::Circle { r: 1.5 }), label: Some("wheel".into()) },
        Slot { shape: Some(Shape::Rect { w: 3.0, h: 4.0 }), label: None },
        Slot { shape: None, label: Some("empty".into()) },
        Slot { shape: Some(Shape::Triangle(3.0, 4.0, 5.0)), label: Some("ramp".into()) },
    ];

    for (i, slot) in slots.iter().enumerate() {
        if let Slot { shape: Some(shape), label: Some(label) } = slot {
            println!("#{} {} has area {:.3}", i, label, area(shape));
        } else if let Slot { shape: Some(shape), label: None } = slot {
            println!("#{} unlabelled {:?} area {:.3}", i, shape, area(shape));
        } else if let Some(label) = &slot.label {
            println!("#{} {} holds nothing", i, label);
        }
    }

    // mutate through if let on &mut
    for slot in slots.iter_mut() {
        if let Some(Shape::Rect { w, .. }) = &mut slot.shape {
            *w *= 2.0;
        }
        if let Some(Shape::Circle { r }) = slot.shape.as_mut() {
            *r += 0.5;
        }
        if let None = slot.label {
            slot.label = Some("auto".to_string());
        }
    }
    let total: f64 = slots.iter().filter_map(|s| s.shape.as_ref()).map(area).sum();
    println!("total area after edits: {:.3}", total);
    let labels: Vec<&str> = slots.iter().filter_map(|s| s.label.as_deref()).collect();
    println!("labels: {:?}", labels);

    // take the shape out of a slot
    if let Some(shape) = slots[0].shape.take() {
        println!("took {:?}; slot now {:?}", shape, slots[0].shape);
    }

    let nested: Option<Option<i32>> = Some(None);
    if let Some(Some(v)) = nested {
        println!("value {}", v);
    } else if let Some(None) = nested {
        println!("outer present, inner missing");
    } else {
        println!("nothing at all");
    }
}
