use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

trait Zero {
    fn zero() -> Self;
}
trait One {
    fn one() -> Self;
}
impl Zero for i64 {
    fn zero() -> Self { 0 }
}
impl One for i64 {
    fn one() -> Self { 1 }
}
impl Zero for f64 {
    fn zero() -> Self { 0.0 }
}
impl One for f64 {
    fn one() -> Self { 1.0 }
}

impl<T: Copy + Zero + One> Matrix<T> {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![T::zero(); rows * cols] }
    }
    fn identity(n: usize) -> Self {
        let mut m = Self::new(n, n);
        for i in 0..n {
            m[(i, i)] = T::one();
        }
        m
    }
    fn from_rows(rows: &[&[T]]) -> Self {
        let r = rows.len();
        let c = rows[0].len();
        let data = rows.iter().flat_map(|row| row.iter().copied()).collect();
        Matrix { rows: r, cols: c, data }
    }
    fn transpose(&self) -> Self {
        let mut m = Self::new(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                m[(j, i)] = self[(i, j)];
            }
        }
        m
    }
}

impl<T> Index<(usize, usize)> for Matrix<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T {
        &self.data[r * self.cols + c]
    }
}
impl<T> IndexMut<(usize, usize)> for Matrix<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T {
        &mut self.data[r * self.cols + c]
    }
}

impl<T: Copy + Add<Output = T>> Add for &Matrix<T> {
    type Output = Matrix<T>;
    fn add(self, rhs: Self) -> Matrix<T> {
        assert_eq!((self.rows, self.cols), (rhs.rows, rhs.cols), "shape mismatch");
        let data = self.data.iter().zip(&rhs.data).map(|(&a, &b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}
impl<T: Copy + Sub<Output = T>> Sub for Matrix<T> {
    type Output = Matrix<T>;
    fn sub(self, rhs: Self) -> Matrix<T> {
        let data = self.data.iter().zip(rhs.data.iter()).map(|(a, b)| *a - *b).collect();
        Matrix { data, ..self }
    }
}
impl<T: Copy + Neg<Output = T>> Neg for Matrix<T> {
    type Output = Matrix<T>;
    fn neg(mut self) -> Matrix<T> {
        for x in self.data.iter_mut() {
            *x = -*x;
        }
        self
    }
}
impl<T: Copy + Zero + One + Add<Output = T> + Mul<Output = T>> Mul for &Matrix<T> {
    type Output = Matrix<T>;
    fn mul(self, rhs: Self) -> Matrix<T> {
        let mut m = Matrix::new(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                let mut acc = T::zero();
                for k in 0..self.cols {
                    acc = acc + self[(i, k)] * rhs[(k, j)];
                }
                m[(i, j)] = acc;
            }
        }
        m
    }
}

impl<T: fmt::Display> fmt::Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>6}", self.data[r * self.cols + c])).collect();
            writeln!(f, "[{}]", row.join(","))?;
        }
        Ok(())
    }
}

fn mat_pow(m: &Matrix<i64>, mut e: u32) -> Matrix<i64> {
    let mut base = m.clone();
    let mut acc = Matrix::identity(m.rows);
    while e > 0 {
        if e & 1 == 1 {
            acc = &acc * &base;
        }
        base = &base * &base;
        e >>= 1;
    }
    acc
}

fn main() {
    let a = Matrix::from_rows(&[&[1i64, 2, 3], &[4, 5, 6]]);
    let b = a.transpose();
    println!("a =\n{}", a);
    println!("b =\n{}", b);
    let c = &a * &b;
    println!("a*b =\n{}", c);
    println!("c+c =\n{}", &c + &c);
    println!("-c =\n{}", -c.clone());
    println!("c - I = {:?}", c.clone() - Matrix::identity(2));
    let fib = Matrix::from_rows(&[&[1i64, 1], &[1, 0]]);
    for n in [1u32, 10, 50, 60] {
        println!("fib({}) = {}", n, mat_pow(&fib, n)[(0, 1)]);
    }
    let rot = Matrix::from_rows(&[&[0.0f64, -1.0], &[1.0, 0.0]]);
    let v = Matrix::from_rows(&[&[2.5f64], &[-1.25]]);
    let r = &rot * &v;
    println!("rotated: {:?}", r.data);
    println!("{}", &(&rot * &rot) * &v);
    println!("eq: {}", a == b.transpose());
}
