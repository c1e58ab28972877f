// Range expressions as values inside an inventory-bin allocator: bins are
// stored as Range<usize> and queried with contains, overlap checks and slicing.

use std::ops::Range;

#[derive(Debug)]
struct Bin {
    label: &'static str,
    slots: Range<usize>,
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn allocate(bins: &mut Vec<Bin>, label: &'static str, size: usize, capacity: usize) -> Option<Range<usize>> {
    let mut start = 0;
    loop {
        let candidate = start..start + size;
        if candidate.end > capacity {
            return None;
        }
        match bins.iter().find(|b| overlaps(&b.slots, &candidate)) {
            Some(clash) => start = clash.slots.end,
            None => {
                bins.push(Bin { label, slots: candidate.clone() });
                bins.sort_by_key(|b| b.slots.start);
                return Some(candidate);
            }
        }
    }
}

fn main() {
    let capacity = 20;
    let mut bins: Vec<Bin> = Vec::new();
    let requests = [("bolts", 5), ("nuts", 3), ("gears", 8), ("springs", 6), ("washers", 2)];
    for (label, size) in requests {
        match allocate(&mut bins, label, size, capacity) {
            Some(r) => println!("{:<8} -> {:?}", label, r),
            None => println!("{:<8} -> no room for {}", label, size),
        }
    }

    let mut shelf = vec!['.'; capacity];
    for bin in &bins {
        let mark = bin.label.chars().next().unwrap();
        for slot in &mut shelf[bin.slots.clone()] {
            *slot = mark;
        }
    }
    println!("shelf: {}", shelf.iter().collect::<String>());

    for probe in [0, 4, 5, 15, 16, 19] {
        let owner = bins.iter().find(|b| b.slots.contains(&probe)).map(|b| b.label).unwrap_or("empty");
        println!("slot {:>2}: {}", probe, owner);
    }

    // remove a bin and compact the free space list
    bins.retain(|b| b.label != "nuts");
    let mut free = Vec::new();
    let mut cursor = 0;
    for b in &bins {
        if b.slots.start > cursor {
            free.push(cursor..b.slots.start);
        }
        cursor = b.slots.end;
    }
    if cursor < capacity {
        free.push(cursor..capacity);
    }
    println!("free after removing nuts: {:?}", free);
    let biggest = free.iter().max_by_key(|r| r.len()).cloned().unwrap_or(0..0);
    println!("largest free block: {:?} ({} slots)", biggest, biggest.len());
    println!("is_empty(3..3) = {}, is_empty(3..4) = {}", (3..3).is_empty(), (3..4).is_empty());
}
