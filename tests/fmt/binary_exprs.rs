fn main() {
    let a = 1+2*3-4/5%6;
    let b = first_long_operand_name + second_long_operand_name + third_long_operand_name + fourth;
    let c = some_condition_is_true && another_condition_holds || yet_another_condition_applies_here;
    let d = (a + b) * (c - d) / (e + f) * (g - h) / (i + j) * (k - l) / (m + n) * (o - p) / (q + r);
    if value_one == value_two && value_three != value_four && value_five < value_six && flag {
        x = y<<2|z&0xff^w>>1;
    }
    let e = aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbb() + cccccccccccccccccccc.ddddddddddddddd() - eeeeeeeeeeeeeeee;
    let f = !flag && -x > 0;
    let g = x as u64 + y as u64 * z as u64;
    let h = a == b;
    total += item.price * item.quantity as f64 * (1.0 - discount_rate) + shipping_cost_for(item);
    let s = "a" .to_string() + &b;
}
