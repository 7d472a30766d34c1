"""Everything that touches PyTorch (no Qt here). The public API the tabs and the CLI use:

- design: ``load_design(path_or_preset)``, ``save_design``, ``design_from_dict``,
  ``Design`` (``to_dict``, ``with_layers``), ``TrainingConfig``, ``PRESETS``;
  ``analyse(design, num_classes) -> Analysis`` (per layer: ``LayerInfo`` with in/out shape,
  params, error; ``total_params``, ``output_shape``, ``valid``, ``error``);
  ``validate`` (raises); ``DesignError`` (``index`` of the layer, ``fix`` dict or None);
  ``apply_fix(design, fix, index)``.
- layers: ``SPECS`` (name -> ``LayerSpec``: settings, tip, group, inferred input size),
  ``pair_or_none`` (a size setting as (h, w), or None for an unchecked value: for drawing),
  ``LAYER_TYPES``, ``PERCEPTRON_LAYERS``, ``PERCEPTRON_TIP``, ``fmt_shape``.
- design_file: ``load_design``, ``parse_design(bytes, where)``, ``save_design`` (atomic),
  ``design_from_dict``, ``data_options`` (also importable from design).
- design_limits: the ranges a design may use, for checks and for widgets: ``TRAINING_RANGES``
  and ``DATA_RANGES`` (name -> ``Range(kind, minimum, maximum)``), ``MAX_LAYERS``,
  ``MAX_FILE_BYTES``; layer settings carry theirs in ``Setting.minimum/maximum``. The 2 GiB
  memory budget (``core.memory_budget.MEMORY_BUDGET``) is checked by ``analyse``.
- build: ``build_model(design, num_classes)``; weights_file (also via build): ``save_weights``
  (atomic), ``load_weights`` (the zip archive checked before ``torch.load(weights_only=True)``;
  every refusal one sentence, the model unchanged).
- train: ``Trainer(design, data, config)`` with ``epochs(count, stop, pause, on_batch)``
  yielding ``EpochResult``, ``reset_weights()``, ``evaluate``, ``predict``, ``device_label``;
  ``design_data(design, name)``, ``with_overrides``, ``resolve_device``, ``TrainingDiverged``.
- device: ``describe_device()``, ``prepare_training()``.
"""
