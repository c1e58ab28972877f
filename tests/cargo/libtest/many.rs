// Enough passing tests for libtest's terse (`-q`) progress counter, and tests that share
// helpers, structs and traits with the program.

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    println!("{}", Point { x: 1, y: -2 }.manhattan());
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! cases {
        ($($name:ident: $x:expr, $y:expr => $d:expr;)*) => {
            $(
                #[test]
                fn $name() {
                    assert_eq!(Point { x: $x, y: $y }.manhattan(), $d);
                }
            )*
        };
    }

    cases! {
        origin: 0, 0 => 0;
        east: 3, 0 => 3;
        west: -3, 0 => 3;
        north: 0, 4 => 4;
        south: 0, -4 => 4;
        diag: 2, 2 => 4;
        anti: -2, 2 => 4;
        far: 100, -100 => 200;
        wrong: 1, 1 => 3;
    }

    #[test]
    fn vectors() {
        let v: Vec<Point> = (0..3).map(|i| Point { x: i, y: i }).collect();
        assert_eq!(v.iter().map(Point::manhattan).sum::<i32>(), 6);
    }

    #[test]
    #[should_panic(expected = "index out of bounds")]
    fn out_of_bounds() {
        let v = vec![1, 2, 3];
        let i = v.len();
        println!("{}", v[i]);
    }

    #[test]
    fn overflow() {
        let x: u8 = 255;
        let y = x.checked_add(1);
        assert_eq!(y, None);
    }
}
