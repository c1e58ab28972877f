// Index expressions on arrays, nested arrays, vectors, slices and strings
// (via bytes), including compound assignment through indexes and computed
// indexes.

const N: usize = 4;

fn mat_mul(a: &[[i64; N]; N], b: &[[i64; N]; N]) -> [[i64; N]; N] {
    let mut c = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            for k in 0..N {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

fn print_mat(m: &[[i64; N]; N]) {
    for row in m {
        let cells: Vec<String> = row.iter().map(|v| format!("{:>5}", v)).collect();
        println!("{}", cells.join(""));
    }
}

fn main() {
    let mut a = [[0i64; N]; N];
    for i in 0..N {
        for j in 0..N {
            a[i][j] = (i * N + j) as i64;
        }
    }
    let mut id = [[0i64; N]; N];
    for i in 0..N {
        id[i][i] = 1;
    }
    id[0][N - 1] = 2;
    println!("a:");
    print_mat(&a);
    println!("a * id':");
    print_mat(&mat_mul(&a, &id));

    // transpose in place with index swaps
    for i in 0..N {
        for j in i + 1..N {
            let t = a[i][j];
            a[i][j] = a[j][i];
            a[j][i] = t;
        }
    }
    println!("transposed first row: {:?}", a[0]);
    println!("trace: {}", (0..N).map(|i| a[i][i]).sum::<i64>());

    // vectors of vectors, jagged
    let mut pascal: Vec<Vec<u64>> = vec![vec![1]];
    for r in 1..8 {
        let prev = &pascal[r - 1];
        let mut row = vec![1u64; r + 1];
        for c in 1..r {
            row[c] = prev[c - 1] + prev[c];
        }
        pascal.push(row);
    }
    println!("pascal row 7: {:?}", pascal[7]);
    println!("pascal[6][3] = {}", pascal[6][3]);
    pascal[2][1] *= 10;
    println!("modified row 2: {:?}", pascal[2]);

    // index with computed expressions and nested index expressions
    let perm = [2usize, 0, 3, 1];
    let letters = ['w', 'x', 'y', 'z'];
    let permuted: String = (0..4).map(|i| letters[perm[i]]).collect();
    println!("permuted: {}", permuted);
    let inverse = {
        let mut inv = [0usize; 4];
        for i in 0..4 {
            inv[perm[i]] = i;
        }
        inv
    };
    println!("inverse perm: {:?}, round trip {}", inverse, perm[inverse[2]] == 2);

    let word = "index";
    let bytes = word.as_bytes();
    println!("bytes[0] = {} ({}), last = {}", bytes[0], bytes[0] as char, bytes[bytes.len() - 1] as char);

    let mut hist = [0u32; 26];
    for b in "the quick brown fox".bytes().filter(u8::is_ascii_lowercase) {
        hist[(b - b'a') as usize] += 1;
    }
    println!("count of o: {}, u: {}, z: {}", hist[(b'o' - b'a') as usize], hist[20], hist[25]);
    let slice = &a[1][1..3];
    println!("slice of transposed row 1: {:?}", slice);
}
