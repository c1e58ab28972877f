// Comments of every shape: line comments, block comments, nested block
// comments `/* a /* b */ c */`, doc comments on items, fields, statements and
// expressions-in-blocks, and comment-like text inside string/char literals.

/* A block comment at top level.
   /* It may nest: this inner comment does not end the outer one. */
   Still inside the outer comment.
*/

/** Outer block doc comment for the struct. */
#[derive(Debug)]
struct Sensor {
    /// identifier of the sensor
    id: u32,
    /** last reading in tenths of a degree */
    reading: i32,
    //// four slashes: an ordinary comment, not a doc comment
    active: bool,
}

/// Average of the active sensors, in degrees.
fn average(sensors: &[Sensor]) -> f64 {
    let active: Vec<&Sensor> = sensors.iter().filter(|s| s.active).collect();
    /* early exit when nothing is active */
    if active.is_empty() {
        return 0.0;
    }
    let total: i32 = active.iter().map(|s| s.reading).sum(); /* sum /* nested */ */
    total as f64 / 10.0 / active.len() as f64
}

fn main() {
    /// A doc comment on a statement is allowed (it documents nothing).
    let sensors = vec![
        Sensor { id: 1, reading: 215, active: true },
        Sensor { id: 2, reading: /* offline */ -9999, active: false },
        Sensor { id: 3, reading: 198, active: true }, // trailing comma after comment
        Sensor { id: 4, reading: 240, /* multi
                                       line */ active: true },
    ];
    println!("average: {:.2}", average(&sensors));

    let x = 10 /* multiply */ * /* by */ 3 // then
        + 1; /* add one */
    println!("x = {}", x);

    let tricky = "/* not a comment */ // nor this";
    let slash = '/';
    let star = '*';
    println!("{} {}{}", tricky, slash, star);

    /*/ odd-looking but valid: a slash right after the opener */
    let y = 5; /**/ let z = 6; /***/
    println!("y + z = {}", y + z);

    /* /* /* triple nesting */ */ still comment */
    for s in &sensors {
        // per-sensor line comment inside a loop
        if !s.active {
            continue; /* skip inactive */
        }
        println!("sensor {} reads {:.1}", s.id, s.reading as f64 / 10.0);
    }
    /** outer block doc on a statement */
    let last = sensors.last().map(|s| s.id);
    println!("last id: {:?}", last);
}
