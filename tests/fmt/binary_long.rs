fn main() {
    let total = first_value_in_sum + second_value_in_sum + third_value_in_sum + fourth_value_in_sum;
    let cond = is_valid(input) && has_permission(user, resource) && !is_locked(resource) && is_ok();
    let mixed = alpha_value * beta_value + gamma_value * delta_value - epsilon_value / zeta_value_x;
    if first_condition_value_is_true && second_condition_value_is_true || third_condition_value { }
    let s = "string one is here" .to_owned() + "string two is also here" + "and string three is here";
    x = very_long_left_hand_side_variable + another_long_operand_name * yet_another_operand_name_here;
    total_accumulated_value_across_everything += compute_increment(first_parameter, second_parameter);
}
