use std::fmt;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }
    fn identity(n: usize) -> Self {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m[(i, i)] = 1.0;
        }
        m
    }
    fn from_rows(rows: &[&[f64]]) -> Self {
        let r = rows.len();
        let c = rows[0].len();
        let data: Vec<f64> = rows.iter().flat_map(|row| row.iter().copied()).collect();
        Matrix { rows: r, cols: c, data }
    }
    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                t[(j, i)] = self[(i, j)];
            }
        }
        t
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        &mut self.data[r * self.cols + c]
    }
}

impl<'a> Add for &'a Matrix {
    type Output = Matrix;
    fn add(self, other: &Matrix) -> Matrix {
        let data = self.data.iter().zip(&other.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl<'a> Mul for &'a Matrix {
    type Output = Matrix;
    fn mul(self, other: &Matrix) -> Matrix {
        assert_eq!(self.cols, other.rows, "dimension mismatch");
        let mut out = Matrix::new(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * other[(k, j)]).sum();
            }
        }
        out
    }
}

impl Neg for Matrix {
    type Output = Matrix;
    fn neg(mut self) -> Matrix {
        for x in self.data.iter_mut() {
            *x = -*x;
        }
        self
    }
}

impl AddAssign<f64> for Matrix {
    fn add_assign(&mut self, rhs: f64) {
        self.data.iter_mut().for_each(|x| *x += rhs);
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>7.2}", self[(r, c)])).collect();
            writeln!(f, "[{}]", row.join(","))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
    let b = a.transpose();
    let c = &a * &b;
    print!("{}", c);
    let i = Matrix::identity(2);
    let d = &c + &i;
    print!("{}", d);
    let mut e = -d.clone();
    e += 0.5;
    print!("{}", e);
    println!("{:?}", Matrix::identity(1));
    println!("equal: {}", &c * &i == c);
    let bad = Matrix::new(3, 3);
    let _ = &a * &bad;
}
