// A label from outside a closure, and `continue` to a labeled block.
fn main() {
    'search: for i in 0..10 {
        let check = |n: i32| {
            if n == i {
                break 'search;
            }
        };
        check(3);
    }
    let x = 'blk: {
        if true {
            continue 'blk;
        }
        1
    };
}
